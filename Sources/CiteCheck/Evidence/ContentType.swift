import Foundation

/// Reading the parts of an HTTP Content-Type the evidence stage cares about.
enum ContentType {
    /// The charset parameter ("text/html; charset=GBK" → "GBK"), unquoted, or nil.
    static func charset(of value: String?) -> String? {
        guard let value else { return nil }
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard pair.count == 2, pair[0].lowercased() == "charset" else { continue }
            let name = pair[1].trimmingCharacters(in: "\"' ")
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// The media type alone, lower-cased ("application/pdf").
    static func mediaType(of value: String?) -> String? {
        guard let value, let first = value.split(separator: ";").first else { return nil }
        let type = String(first).trimmed.lowercased()
        return type.isEmpty ? nil : type
    }
}
