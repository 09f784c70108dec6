/// Which parts of a page date something other than the page: navigation, sidebars, widgets,
/// comments, related and recent posts, archives, footers. Decided from the element's name and
/// its class and id tokens, as a reader would tell them apart by layout.
enum PageRegions {
    private static let asideElements: Set<String> = ["nav", "aside", "footer", "menu"]
    /// Substrings of class or id tokens that mark such a region.
    private static let asideParts = [
        "sidebar", "related", "widget", "comment", "footer", "trending", "recent", "more-from", "latest",
        "archive", "breadcrumb", "popular", "navigation", "navbar", "menu", "moduletable", "col-side", "recommend",
        "read-more", "readmore", "also-read", "most-read", "share",
    ]
    /// Whole tokens that mark such a region ("left" is the news list column of many Chinese sites).
    private static let asideTokens: Set<String> = ["nav", "left", "side", "aside", "blogarchive", "hierarchy"]

    static func isAside(element name: String, classAndID: String?) -> Bool {
        if asideElements.contains(name) { return true }
        guard let classAndID, !classAndID.isEmpty else { return false }
        for token in classAndID.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if asideTokens.contains(String(token)) { return true }
            if asideParts.contains(where: { token.contains($0) }) { return true }
        }
        return false
    }

    /// Block elements: their text starts a new line of `mainText`, so a label and its date stay together.
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
        "table", "section", "article", "header", "main", "blockquote", "figure", "figcaption", "form",
    ]
}
