import Foundation

/// Reads OpenAlex answers: a list of works (/works?filter=…: {"meta": {…}, "results": [work]})
/// and a single work (/works/doi:…). A work gives `display_name` (or `title`), `doi` as a
/// https://doi.org/ URL, `publication_year`, `authorships[].author.display_name`,
/// `primary_location.source.display_name`, `type` and `is_retracted`.
public enum OpenAlexParser {
    public static func list(_ data: Data) throws(DOIResponseError) -> [WorkRecord] {
        let object = try JSONValue.object(data, source: "openalex")
        guard let results = object["results"] as? [Any] else { throw DOIResponseError("openalex", "no results array") }
        return results.compactMap { $0 as? [String: Any] }.map(record)
    }

    public static func work(_ data: Data) throws(DOIResponseError) -> WorkRecord {
        let object = try JSONValue.object(data, source: "openalex")
        guard object["id"] != nil || object["display_name"] != nil else { throw DOIResponseError("openalex", "not a work") }
        return record(object)
    }

    static func record(_ w: [String: Any]) -> WorkRecord {
        let authors = (w["authorships"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }.compactMap { a -> WorkRecord.Author? in
            let name = (a["author"] as? [String: Any]).flatMap { JSONValue.string($0["display_name"]) }
                ?? JSONValue.string(a["raw_author_name"])
            return name.map(Self.author)
        }
        let source = ((w["primary_location"] as? [String: Any])?["source"] as? [String: Any]).flatMap { JSONValue.string($0["display_name"]) }
        var record = WorkRecord(
            doi: JSONValue.string(w["doi"]).map(DOI.normalize), title: JSONValue.string(w["display_name"]) ?? JSONValue.string(w["title"]),
            year: JSONValue.int(w["publication_year"]), container: source, authors: authors,
            score: (w["relevance_score"] as? NSNumber)?.doubleValue)
        record.isRetracted = w["is_retracted"] as? Bool
        record.type = JSONValue.string(w["type"])
        return record
    }

    /// OpenAlex gives names whole ("Luciano Floridi", "贾开"): the last word is taken as the
    /// family name of a Latin name, the whole name otherwise.
    static func author(_ name: String) -> WorkRecord.Author {
        let words = name.split(separator: " ")
        if words.count > 1, !name.unicodeScalars.contains(where: \.isCJK) {
            return WorkRecord.Author(given: words.dropLast().joined(separator: " "), family: String(words.last!))
        }
        return WorkRecord.Author(name: name)
    }
}
