/// Pages whose text changes by design, so a difference from the archived copy says nothing about
/// the citation: home pages, search and listing pages, and feeds. Recognised from the URL and the
/// content type only, so the rule is predictable:
/// - home page: the path is empty, "/", an index file (index.html, default.aspx, …) or a bare
///   language root ("/en/", "/zh-cn"), with no query;
/// - search page: a path segment "search", "find", "results" or "suche", or a query key that
///   search forms use (q, query, search, s, keyword(s), wd, text, term);
/// - feed: an RSS, Atom or JSON Feed content type, a path ending .rss, .atom, .xml or /feed,
///   /rss, /atom.
public enum DriftExemption {
    /// Why `url` is not compared, or nil when it is.
    public static func reason(url: String, contentType: String?) -> String? {
        let media = ContentType.mediaType(of: contentType) ?? ""
        if media.contains("rss") || media.contains("atom") || media == "application/feed+json" { return "a feed" }
        guard let parts = URLParts(url) else { return nil }
        let path = parts.path.lowercased()
        let segments = path.split(separator: "/").map(String.init)
        let last = segments.last ?? ""
        if last.hasSuffix(".rss") || last.hasSuffix(".atom") || last.hasSuffix(".xml") || ["feed", "rss", "atom"].contains(last) {
            return "a feed"
        }
        let keys = (parts.query ?? "").split(separator: "&").map { $0.split(separator: "=", maxSplits: 1).first.map(String.init)?.lowercased() ?? "" }
        if segments.contains(where: searchSegments.contains) || keys.contains(where: searchKeys.contains) { return "a search page" }
        let query = parts.query ?? ""
        guard query.isEmpty else { return nil }
        if segments.isEmpty || (segments.count == 1 && (indexFiles.contains(last) || isLanguage(last))) { return "a home page" }
        return nil
    }

    static let searchSegments: Set<String> = ["search", "find", "results", "suche", "recherche", "buscar", "sousuo"]
    static let searchKeys: Set<String> = ["q", "query", "search", "s", "keyword", "keywords", "wd", "text", "term", "searchword"]
    static let indexFiles: Set<String> = [
        "index.html", "index.htm", "index.php", "index.asp", "index.aspx", "index.jsp", "index.shtml",
        "default.htm", "default.html", "default.asp", "default.aspx", "home", "home.html",
    ]

    /// "en", "zh", "zh-cn", "pt_br": a site's root in one language.
    static func isLanguage(_ segment: String) -> Bool {
        let pieces = segment.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = pieces.first, first.count == 2, first.allSatisfy(\.isLetter), pieces.count <= 2 else { return false }
        return pieces.count == 1 || (2...4).contains(pieces[1].count)
    }
}
