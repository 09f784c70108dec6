/// `links[].archive`: an archived copy of a page, the suggested replacement for a failing link.
public struct ArchiveSnapshot: Hashable, Sendable, Codable {
    /// The copy's address on the archive (web.archive.org/web/<timestamp>/<url>).
    public var url: String
    /// When the copy was captured: YYYYMMDDhhmmss, as the archive gives it.
    public var timestamp: String

    public init(url: String, timestamp: String) {
        self.url = url
        self.timestamp = timestamp
    }

    /// The capture date as YYYY-MM-DD, for messages.
    public var date: String {
        let digits = Array(timestamp)
        guard digits.count >= 8 else { return timestamp }
        return String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8])
    }

    /// The capture's original bytes, without the archive's toolbar or rewritten links: the `id_`
    /// form, /web/<timestamp>id_/<url>. Nil when `url` is not a /web/<timestamp>/ address.
    public var originalBytesURL: String? {
        guard let web = url.range(of: "/web/") else { return nil }
        let rest = url[web.upperBound...]
        let digits = rest.prefix(while: \.isNumber)
        guard digits.count >= 8 else { return nil }
        let afterDigits = rest[digits.endIndex...]
        // A modifier already there (im_, if_, id_): replace it.
        let modifier = afterDigits.prefix(while: { $0 != "/" })
        guard modifier.count <= 3, afterDigits.dropFirst(modifier.count).first == "/" else { return nil }
        return String(url[..<web.upperBound]) + digits + "id_" + afterDigits.dropFirst(modifier.count)
    }
}
