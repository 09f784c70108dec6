import Foundation

/// Reads Crossref REST API answers: one work (/works/{doi}) and bibliographic search results
/// (/works?query.bibliographic=…), both shaped as {"status": "ok", "message": …}.
public enum CrossrefParser {
    public static func work(_ data: Data) throws(DOIResponseError) -> WorkRecord {
        let object = try JSONValue.object(data, source: "crossref")
        guard let message = object["message"] as? [String: Any] else {
            throw DOIResponseError("crossref", "no message object")
        }
        return record(message)
    }

    /// Search hits in Crossref's order (best score first).
    public static func search(_ data: Data) throws(DOIResponseError) -> [WorkRecord] {
        let object = try JSONValue.object(data, source: "search")
        guard let message = object["message"] as? [String: Any], let items = message["items"] as? [Any] else {
            throw DOIResponseError("search", "no message.items array")
        }
        return items.compactMap { $0 as? [String: Any] }.map(record)
    }

    static func record(_ item: [String: Any]) -> WorkRecord {
        let authors = (item["author"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }.map { a in
            WorkRecord.Author(given: JSONValue.string(a["given"]), family: JSONValue.string(a["family"]),
                              name: JSONValue.string(a["name"]))
        }
        var record = WorkRecord(
            doi: JSONValue.string(item["DOI"]), title: JSONValue.firstString(item["title"]),
            subtitle: JSONValue.firstString(item["subtitle"]), year: year(item),
            container: JSONValue.firstString(item["container-title"]), authors: authors,
            score: (item["score"] as? NSNumber)?.doubleValue)
        record.updates = updates(item["updated-by"])
        record.updateTo = updates(item["update-to"])
        record.type = JSONValue.string(item["type"])
        record.isbns = (item["ISBN"] as? [Any] ?? []).compactMap { JSONValue.string($0).flatMap(ISBN.init)?.digits }
        return record
    }

    /// `updated-by` / `update-to`: [{"DOI", "type", "label", "source", "updated": {"date-parts"},
    /// "record-id"}]. An entry without a type says nothing and is dropped.
    static func updates(_ any: Any?) -> [WorkUpdate] {
        (any as? [Any] ?? []).compactMap { $0 as? [String: Any] }.compactMap { entry in
            guard let type = JSONValue.string(entry["type"]) ?? JSONValue.string(entry["label"]) else { return nil }
            return WorkUpdate(type: type, notice: JSONValue.string(entry["DOI"]), source: JSONValue.string(entry["source"]),
                              date: date(entry["updated"]), recordID: JSONValue.string(entry["record-id"]))
        }
    }

    /// A Crossref date object, {"date-parts": [[2019, 7, 26]]}, as precise as it is given.
    static func date(_ any: Any?) -> PartialDate? {
        guard let object = any as? [String: Any], let parts = object["date-parts"] as? [Any],
              let first = parts.first as? [Any], let y = JSONValue.int(first.first) else { return nil }
        let month = first.count > 1 ? JSONValue.int(first[1]) : nil
        let day = first.count > 2 ? JSONValue.int(first[2]) : nil
        return PartialDate(year: y, month: month, day: month == nil ? nil : day)
    }

    /// The earliest year among issued, published-print and published-online, published, created:
    /// a citation usually gives the first publication year.
    static func year(_ item: [String: Any]) -> Int? {
        let keys = ["issued", "published", "published-print", "published-online"]
        let years = keys.compactMap { key -> Int? in
            guard let date = item[key] as? [String: Any], let parts = date["date-parts"] as? [Any],
                  let first = parts.first as? [Any], let y = JSONValue.int(first.first) else { return nil }
            return (1000...9999).contains(y) ? y : nil
        }
        return years.min()
    }
}
