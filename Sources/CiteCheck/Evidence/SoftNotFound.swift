import Foundation

/// Signs that a page answering 200 is really a "not found" page.
public enum SoftNotFound: Sendable {
    /// Phrases that mean "not found" wherever they appear.
    private static let phrases = [
        "page not found", "page cannot be found", "page could not be found", "page does not exist",
        "page doesn't exist", "page you requested", "页面不存在", "页面未找到", "未找到页面", "网页不存在",
        "您访问的页面", "该页面不存在", "访问的页面不存在", "ページが見つかりません",
    ]
    /// Phrases that mean it only in a short title or heading ("找不到工作的年轻人" is an article).
    private static let shortPhrases = ["not found", "找不到", "no longer available", "页面已删除", "已删除", "不存在"]

    /// The evidence, when the title or a main heading says the page is not found; nil otherwise.
    public static func signal(title: String?, headings: [String]) -> String? {
        for (place, text) in [("title", title)] + headings.map({ ("h1", Optional($0)) }) {
            guard let text, !text.isEmpty else { continue }
            let lower = text.lowercased()
            if let phrase = phrases.first(where: lower.has) {
                return "the page's \(place) says \"\(text)\" (\"\(phrase)\")"
            }
            // The short-title signs: tokenising is the costly part, so only when a sign is there.
            let shortPhrase = shortPhrases.first(where: lower.has)
            guard shortPhrase != nil || lower.has("404") || lower.has("４０４"), TitleNormalizer.tokens(text).count <= 10 else { continue }
            if let shortPhrase {
                return "the page's \(place) says \"\(text)\" (\"\(shortPhrase)\")"
            }
            // "404", "Error 404", "404 - 国家网信办": the code is a whole part of the title. "Rule 404"
            // or "Page 404" merely contains it (see `codeOnlySignal`).
            if isErrorCodeTitle(text) {
                return "the page's \(place) says \"\(text)\" (404)"
            }
        }
        return nil
    }

    /// The evidence when a short title or heading contains 404 only as a word among others
    /// ("Rule 404", "Page 404"): a real page, unless it also resembles the site's own not-found page.
    public static func codeOnlySignal(title: String?, headings: [String]) -> String? {
        for (place, text) in [("title", title)] + headings.map({ ("h1", Optional($0)) }) {
            guard let text, !text.isEmpty, text.contains("404") || text.contains("４０４"),
                  TitleNormalizer.tokens(text).count <= 10, !isErrorCodeTitle(text),
                  TitleNormalizer.normalize(text).split(separator: " ").contains("404") else { continue }
            return "the page's \(place) says \"\(text)\" (404)"
        }
        return nil
    }

    private static let errorWords: Set<String> = ["error", "http", "status", "错误", "code", "fehler", "erreur"]

    /// True when one part of the title (split at " - ", " | ", "_" and the like) is the code alone or
    /// with an error word: "404", "Error 404 - 国家网信办", "404 | Example".
    private static func isErrorCodeTitle(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { "|-_–—｜:".contains($0) })
        return parts.contains { part in
            let words = TitleNormalizer.normalize(String(part)).split(separator: " ").map(String.init)
            return words.contains("404") && words.allSatisfy { $0 == "404" || errorWords.contains($0) }
        }
    }

    /// A page only containing 404 in its title is called missing when it is at least this like the probe.
    public static let codeOnlyProbeThreshold = 0.6

    /// Pages this alike are the same page with a different date or counter in it.
    public static let probeThreshold = 0.9

    /// True when the page is, in effect, what the site returns for a path that does not exist.
    /// A site that returns one identical script shell for every path (a single-page app) will also
    /// match; the caller should report such links as unverified rather than dead when the page has
    /// no other sign of being missing.
    public static func matchesProbe(_ page: PageFingerprint, probe: PageFingerprint) -> Bool {
        page.similarity(to: probe) >= probeThreshold
    }

    /// A URL on the same host that surely does not exist, for the once-per-host probe.
    /// The scheme and authority are kept as cited: an IDN host (stössenseer.de) stays in Unicode, and
    /// the fetch converts it to punycode exactly as it converts the cited link (libidn2, IDNA 2008).
    /// (`URLComponents` wrote the host in its own punycode, so the probe was queued, and held to the
    /// per-host limit, as another host than the links it is compared with.)
    public static func probeURL(for url: String, token: String = UUID().uuidString.lowercased()) -> String? {
        guard let parts = URLParts(url), !parts.host.isEmpty else { return nil }
        let text = url.trimmed
        guard let slashes = text.range(of: "://") else { return nil }
        let rest = text[slashes.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        return text[..<end] + "/citecheck-probe-\(token)/no-such-page"
    }

    /// The evidence when a redirect took a deep link to the site's home page or a generic
    /// not-found path; nil for ordinary redirects.
    public static func genericRedirect(requested: String, final: String) -> String? {
        guard let from = URLParts(requested), let to = URLParts(final) else { return nil }
        let fromPath = from.path.removingPercentEncoding ?? from.path
        let toPath = (to.path.removingPercentEncoding ?? to.path).lowercased()
        let homes: Set<String> = ["", "/", "/index.html", "/index.htm", "/index.php", "/index.shtml", "/default.aspx",
                                  "/home", "/en", "/en/", "/zh", "/zh/", "/zh-cn", "/zh-cn/", "/web", "/web/"]
        let deep = !homes.contains(fromPath.lowercased())
        if deep && homes.contains(toPath) {
            return "redirected from \(requested) to the site's home page \(final)"
        }
        let notFoundMarkers = ["404", "not-found", "notfound", "not_found", "page-not-found", "pagenotfound", "error", "errors"]
        let segments = toPath.split(whereSeparator: { "/._-".contains($0) }).map(String.init)
        let joined = toPath.split(separator: "/").map(String.init)
        if joined.contains(where: { seg in notFoundMarkers.contains(seg) || notFoundMarkers.contains(String(seg.split(separator: ".").first ?? "")) })
            || segments.contains("404") {
            return "redirected from \(requested) to a not-found page \(final)"
        }
        return nil
    }
}
