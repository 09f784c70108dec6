import Foundation

/// Reads Open Library answers: search.json ({"numFound", "docs": [{"title", "author_name",
/// "first_publish_year", "isbn", "publisher", "key"}]}) and an edition (/isbn/{isbn}.json, which
/// redirects to /books/OL…M.json: {"title", "subtitle", "publish_date", "publishers",
/// "isbn_10", "isbn_13", "authors": [{"key"}]}). Editions name their authors only by key.
public enum OpenLibraryParser {
    public static func search(_ data: Data) throws(DOIResponseError) -> [WorkRecord] {
        let object = try JSONValue.object(data, source: "openlibrary")
        guard let docs = object["docs"] as? [Any] else { throw DOIResponseError("openlibrary", "no docs array") }
        return docs.compactMap { $0 as? [String: Any] }.map { doc in
            var record = WorkRecord(
                title: JSONValue.string(doc["title"]), subtitle: JSONValue.string(doc["subtitle"]),
                year: JSONValue.int(doc["first_publish_year"]),
                container: (doc["publisher"] as? [Any])?.lazy.compactMap { JSONValue.string($0) }.first,
                authors: (doc["author_name"] as? [Any] ?? []).compactMap { JSONValue.string($0) }.map(OpenAlexParser.author))
            record.isbns = (doc["isbn"] as? [Any] ?? []).compactMap { JSONValue.string($0) }
            record.type = "book"
            return record
        }
    }

    public static func edition(_ data: Data) throws(DOIResponseError) -> WorkRecord {
        let object = try JSONValue.object(data, source: "openlibrary")
        guard let title = JSONValue.string(object["title"]) else { throw DOIResponseError("openlibrary", "no title") }
        var record = WorkRecord(
            title: title, subtitle: JSONValue.string(object["subtitle"]),
            year: JSONValue.string(object["publish_date"]).flatMap(year),
            container: (object["publishers"] as? [Any])?.lazy.compactMap { JSONValue.string($0) }.first)
        record.isbns = ((object["isbn_13"] as? [Any] ?? []) + (object["isbn_10"] as? [Any] ?? [])).compactMap { JSONValue.string($0) }
        record.type = "book"
        return record
    }

    /// "2016", "September 6, 2016", "2016-09": the first four-digit run.
    static func year(_ text: String) -> Int? {
        var run = ""
        for ch in text {
            if ch.isASCII && ch.isNumber { run.append(ch); if run.count == 4 { return Int(run) } } else { run = "" }
        }
        return nil
    }
}
