import Foundation

/// Reads a DataCite REST API answer (/dois/{doi}): {"data": {"attributes": {…}}}.
public enum DataCiteParser {
    public static func work(_ data: Data) throws(DOIResponseError) -> WorkRecord {
        let object = try JSONValue.object(data, source: "datacite")
        guard let body = object["data"] as? [String: Any], let attributes = body["attributes"] as? [String: Any] else {
            throw DOIResponseError("datacite", "no data.attributes object")
        }
        let titles = (attributes["titles"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        // The main title has no titleType; subtitles and translations have one.
        let main = titles.first { $0["titleType"] == nil } ?? titles.first
        let authors = (attributes["creators"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }.map { c in
            WorkRecord.Author(given: JSONValue.string(c["givenName"]), family: JSONValue.string(c["familyName"]),
                              name: JSONValue.string(c["name"]))
        }
        let container = (attributes["container"] as? [String: Any]).flatMap { JSONValue.string($0["title"]) }
        let publisher: String? = {
            if let p = attributes["publisher"] as? [String: Any] { return JSONValue.string(p["name"]) }
            return JSONValue.string(attributes["publisher"])
        }()
        return WorkRecord(
            doi: JSONValue.string(attributes["doi"]) ?? JSONValue.string(body["id"]),
            title: JSONValue.string(main?["title"]), year: JSONValue.int(attributes["publicationYear"]),
            container: container ?? publisher, authors: authors)
    }
}
