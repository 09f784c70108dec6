import Foundation

/// Reads registry JSON loosely: registries add and drop members, and a missing member is an
/// absent value, not an error. Only "not JSON at all" or the wrong top-level shape is an error.
enum JSONValue {
    static func object(_ data: Data, source: String) throws(DOIResponseError) -> [String: Any] {
        guard let any = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            throw DOIResponseError(source, "not valid JSON" + preview(data))
        }
        guard let object = any as? [String: Any] else { throw DOIResponseError(source, "expected a JSON object") }
        return object
    }

    static func array(_ data: Data, source: String) throws(DOIResponseError) -> [Any] {
        guard let any = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            throw DOIResponseError(source, "not valid JSON" + preview(data))
        }
        guard let array = any as? [Any] else { throw DOIResponseError(source, "expected a JSON array") }
        return array
    }

    private static func preview(_ data: Data) -> String {
        let text = String(decoding: data.prefix(40), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        return text.isEmpty ? " (empty body)" : " (starts \"\(text)\")"
    }

    static func string(_ any: Any?) -> String? {
        if let s = any as? String {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        if let n = any as? NSNumber { return n.stringValue }
        return nil
    }

    static func int(_ any: Any?) -> Int? {
        if let n = any as? NSNumber { return n.intValue }
        if let s = any as? String { return Int(s.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// The first non-empty string of an array of strings (Crossref's title[], container-title[]).
    static func firstString(_ any: Any?) -> String? {
        if let array = any as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return string(any)
    }
}
