import Foundation

/// The parts of a URL that politeness and classification need: scheme, host, port, path, query.
/// A plain splitter, not a validator; libcurl does the real parsing when it fetches.
public struct URLParts: Sendable, Hashable {
    /// Lowercased scheme ("https", "mailto").
    public var scheme: String
    /// Lowercased host, without brackets for IPv6; empty for schemes without one.
    public var host: String
    public var port: Int?
    /// The path, "" when absent.
    public var path: String
    public var query: String?

    public init?(_ url: String) {
        let text = url.trimmingCharacters(in: .whitespaces)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        self.scheme = scheme.lowercased()
        var rest = text[text.index(after: colon)...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        host = ""
        port = nil
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            var authority = rest[..<end]
            rest = rest[end...]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
                host = String(authority[authority.index(after: authority.startIndex)..<close]).lowercased()
                let after = authority[authority.index(after: close)...]
                if after.hasPrefix(":") { port = Int(after.dropFirst()) }
            } else if let portColon = authority.lastIndex(of: ":") {
                host = String(authority[..<portColon]).lowercased()
                port = Int(authority[authority.index(after: portColon)...])
            } else {
                host = authority.lowercased()
            }
        }
        if let question = rest.firstIndex(of: "?") {
            path = String(rest[..<question])
            query = String(rest[rest.index(after: question)...])
        } else {
            path = String(rest)
            query = nil
        }
    }

    public var isHTTP: Bool { scheme == "http" || scheme == "https" }

    /// The port, or the scheme's default.
    public var effectivePort: Int? { port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : nil) }

    /// The last path segment's extension, lowercased ("pdf"), or nil.
    public var pathExtension: String? {
        guard let last = path.split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
        let ext = last[last.index(after: dot)...]
        return ext.isEmpty ? nil : ext.lowercased()
    }

    /// The URL as sent on the wire: bytes outside printable ASCII (Chinese paths, spaces) are
    /// percent-encoded, the fragment is dropped, everything already encoded is left alone.
    /// Printable ASCII that RFC 3986 does not allow in a URL; browsers send these percent-encoded.
    static let unsafeASCII: Set<UInt8> = Set("\"<>`{}|\\^".utf8)

    public static func requestForm(_ url: String) -> String {
        var text = url.trimmingCharacters(in: .whitespaces)
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte > 0x20 && byte < 0x7F && !Self.unsafeASCII.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
