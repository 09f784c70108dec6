/// Which parts of a page date something other than the page: navigation, sidebars, widgets,
/// comments, related and recent posts, archives, footers, quoted or embedded posts. Decided from the
/// element's name and its class and id tokens, as a reader would tell them apart by layout.
enum PageRegions {
    /// `blockquote` quotes another page: an embedded tweet's or Instagram post's `<time>` dates that post.
    private static let asideElements: Set<String> = ["nav", "aside", "footer", "menu", "blockquote"]
    /// Substrings of class or id tokens that mark such a region.
    private static let asideParts = [
        "sidebar", "related", "widget", "comment", "footer", "trending", "recent", "more-from", "latest",
        "archive", "breadcrumb", "popular", "navigation", "navbar", "menu", "moduletable", "col-side", "recommend",
        "read-more", "readmore", "also-read", "most-read", "slider", "carousel",
    ]
    // Not "share": a share bar holds buttons, not other pages' dates, and news themes put the
    // article's date and byline in the same row ("social-share": "23.01.2019 · By …").
    /// Whole tokens that mark such a region ("left" is the news list column of many Chinese sites).
    private static let asideTokens: Set<String> = ["nav", "left", "side", "aside", "blogarchive", "hierarchy"]
    /// Column tokens that say where a region sits, not what it is: an element that also names itself
    /// the content ("col-lg-10 left" with id "contenu") is the article's column.
    private static let columnTokens: Set<String> = ["left", "side"]
    private static let contentTokens: Set<String> = ["content", "contenu", "contenido", "inhalt", "main", "article"]
    /// The post's own footer ("post-footer", "entry-footer", "asset-footer"), where blog themes put
    /// the byline and its date: it belongs to the post, not to the site's footer.
    private static let ownFooterPrefixes = ["post-", "entry-", "asset-", "article-", "story-"]

    /// - Parameter inArticle: the element sits inside `<article>`. An `<aside>` there is, by HTML's
    ///   own definition, about that article (its date and category box, "Datum 12.01.2017"), so it is
    ///   the article's unless its class says comments, related posts or the like.
    static func isAside(element name: String, classAndID: String?, inArticle: Bool = false) -> Bool {
        if asideElements.contains(name), !(name == "aside" && inArticle) { return true }
        guard let classAndID, !classAndID.isEmpty else { return false }
        let tokens = classAndID.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        // Blogger's posts sit in `<div class="widget Blog" id="Blog1">`: the main widget is the page's own.
        let bloggerPosts = tokens.contains("blog") || tokens.contains("blog1")
        let namesContent = tokens.contains { contentTokens.contains($0) }
        for token in tokens {
            if asideTokens.contains(token), !(columnTokens.contains(token) && namesContent) { return true }
            if token.contains("footer"), ownFooterPrefixes.contains(where: token.hasPrefix) { continue }
            if token == "widget", bloggerPosts { continue }
            if asideParts.contains(where: { startsAWord($0, in: token) }) { return true }
        }
        return false
    }

    /// True when a region of this element may be a layout wrapper around the article rather than an
    /// aside (a `div` classed "sidebar" for the layout it carries), so it is worth asking whether it
    /// holds the headline; navigation, footers, menus and quotes never do.
    static func mayWrapTheArticle(element name: String) -> Bool { !asideElements.contains(name) }

    /// True when `part` begins `token` or a word of it (after "-" or "_"): "post-comments" and
    /// "comment-list" are comments, "ArticleHeaderComment_headline" (a news site's opinion-piece
    /// header) is not.
    private static func startsAWord(_ part: String, in token: String) -> Bool {
        var from = token.startIndex
        while let found = token.range(of: part, range: from..<token.endIndex) {
            if found.lowerBound == token.startIndex || "-_".contains(token[token.index(before: found.lowerBound)]) { return true }
            from = token.index(after: found.lowerBound)
        }
        return false
    }

    /// Class or id parts a theme gives the post's byline or meta line, wherever in the post it sits.
    private static let bylineParts = [
        "byline", "post-meta", "postmeta", "entry-meta", "asset-meta", "article-meta", "post-footer", "entry-footer",
        "asset-footer", "post-date", "entry-date", "article-date", "publishdate", "publish-date", "pubdate", "dateline",
        "post-info", "entry-info", "meta-date", "date-published",
    ]

    /// True when the element is marked as the post's byline or meta line ("post-footer", "entry-meta",
    /// "PublishDate"): a date there dates the post even far below the headline.
    static func isByline(classAndID: String?) -> Bool {
        guard let classAndID, !classAndID.isEmpty else { return false }
        let lower = classAndID.lowercased()
        return bylineParts.contains { lower.contains($0) }
    }

    /// True when a heading (h1–h3) that sits in what looks like an aside is the page's own headline:
    /// its text (12 characters or more, and at least 40% of the title, so not the site's name) is in
    /// the page's `<title>`. The region holding it is then the article ("PageArticle_commentHeader"
    /// is a news site's opinion-piece header, "sidebar_content" the column beside the sidebar).
    static func holdsTheHeadline(heading: String?, title: String?) -> Bool {
        guard let heading = heading?.collapsedWhitespace.lowercased(), heading.count >= 12,
              let title = title?.collapsedWhitespace.lowercased(), heading.count * 10 >= title.count * 4 else { return false }
        return title.contains(heading)
    }

    /// Block elements: their text starts a new line of `mainText`, so a label and its date stay together.
    static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
        "table", "section", "article", "header", "main", "blockquote", "figure", "figcaption", "form",
    ]
}
