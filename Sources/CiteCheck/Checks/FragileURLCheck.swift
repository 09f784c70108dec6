import Foundation

/// fragile-url (info): the cited URL carries a session token or tracking parameters (token=,
/// sessionid, utm_*), which expire or identify the reader. The suggestion is the URL without them.
public struct FragileURLCheck: Sendable {
    public init() {}

    public func findings(for reference: Reference) -> [Finding] {
        reference.urls.compactMap { url in
            guard let (cleaned, removed) = Self.clean(url) else { return nil }
            return Finding(
                kind: .fragileURL, severity: .info, reference: reference.id, url: url,
                message: "\(reference.noteDescription) cites a URL carrying session or tracking parameters (\(removed.joined(separator: ", "))), which may expire or identify the reader",
                suggestion: cleaned)
        }
    }

    /// The URL without session and tracking parameters and the parameters removed, or nil when it has none.
    /// Works on the text so the rest of the URL keeps its exact spelling.
    public static func clean(_ url: String) -> (url: String, removed: [String])? {
        var base = url
        var fragment = ""
        if let hash = base.firstIndex(of: "#") {
            fragment = String(base[hash...])
            base = String(base[..<hash])
        }
        var removed: [String] = []
        // ";jsessionid=…" path parameters.
        // Foundation's case-insensitive search only when the byte search says it is there.
        if base.hasIgnoringASCIICase(";jsessionid="), let semi = base.range(of: ";jsessionid=", options: .caseInsensitive) {
            let end = base[semi.upperBound...].firstIndex(where: { $0 == "?" || $0 == "/" }) ?? base.endIndex
            removed.append(String(base[base.index(after: semi.lowerBound)..<end]))
            base.removeSubrange(semi.lowerBound..<end)
        }
        var query: [Substring] = []
        if let question = base.firstIndex(of: "?") {
            query = base[base.index(after: question)...].split(separator: "&", omittingEmptySubsequences: true)
            base = String(base[..<question])
        }
        let kept = query.filter { pair in
            let name = pair.split(separator: "=", maxSplits: 1).first.map { String($0).lowercased() } ?? ""
            if isFragile(name) { removed.append(String(pair)); return false }
            return true
        }
        guard !removed.isEmpty else { return nil }
        let cleaned = base + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&")) + fragment
        return (cleaned, removed)
    }

    private static let fragileNames: Set<String> = [
        "token", "sessionid", "session_id", "sessid", "sid", "jsessionid", "phpsessid", "aspsessionid", "cfid", "cftoken",
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "yclid", "igshid", "spm",
    ]

    static func isFragile(_ name: String) -> Bool {
        fragileNames.contains(name) || name.hasPrefix("utm_") || name.hasSuffix("_token") || name.hasSuffix("sessionid")
    }
}
