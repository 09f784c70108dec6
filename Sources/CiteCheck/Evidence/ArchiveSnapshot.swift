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
}
