/// Judges where a redirect chain ended: a mere spelling change of the same address (trailing
/// slash, http→https), the site's home page, a generic not-found page, or a different resource.
public struct RedirectAssessment: Sendable {
    public init() {}

    /// True when `from` and `to` differ only by http→https and/or a trailing slash.
    public func isTrivial(from: String, to: String) -> Bool {
        guard let a = URLParts(from), let b = URLParts(to) else { return false }
        let schemeOK = a.scheme == b.scheme || (a.scheme == "http" && b.scheme == "https")
        let portOK = a.port == b.port || (a.port == nil || a.port == a.effectivePort) && (b.port == nil || b.port == b.effectivePort)
        func trimmed(_ path: String) -> String { path.hasSuffix("/") ? String(path.dropLast()) : path }
        return schemeOK && portOK && a.host == b.host && trimmed(a.path) == trimmed(b.path) && a.query == b.query
    }

    /// True when `to` is a site's home page (or a language's home) and `from` was not.
    public func leadsHome(from: String, to: String) -> Bool {
        guard let a = URLParts(from), let b = URLParts(to) else { return false }
        return !isHome(a.path) && isHome(b.path)
    }

    func isHome(_ path: String) -> Bool {
        var segments = path.lowercased().split(separator: "/").map(String.init)
        if let last = segments.last, ["index.html", "index.htm", "index.php", "index.jsp", "index.asp",
                                      "index.aspx", "default.aspx", "default.asp", "home", "home.html"].contains(last) {
            segments.removeLast()
        }
        if segments.isEmpty { return true }
        // Language homes: /en, /zh-cn, /fr/
        if segments.count == 1, let only = segments.first {
            let parts = only.split(separator: "-")
            return parts.count <= 2 && parts.first?.count == 2 && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isLetter) }
        }
        return false
    }

    /// True when `url` looks like a generic not-found page (…/404.html, /not-found, /error).
    public func isNotFoundPage(_ url: String) -> Bool {
        guard let parts = URLParts(url) else { return false }
        let segments = parts.path.lowercased().split(separator: "/")
        guard let last = segments.last else { return false }
        let stem = last.split(separator: ".").first.map(String.init) ?? String(last)
        let names: Set<String> = ["404", "410", "notfound", "not-found", "not_found", "page-not-found",
                                  "pagenotfound", "page_not_found", "error404", "error-404", "404-error",
                                  "error", "errors", "filenotfound"]
        return names.contains(stem) || segments.contains { ["not-found", "notfound", "page-not-found"].contains(String($0)) }
    }
}
