import Foundation

/// Everything the evidence stage needs from one HTML page, copied out of libxml2 as plain values.
struct HTMLScan: Hashable, Sendable {
    /// One `<meta>` element; `key` is its name, property, itemprop or http-equiv, lower-cased.
    struct Meta: Hashable, Sendable {
        var key: String
        var content: String
    }

    struct Link: Hashable, Sendable {
        /// Lower-cased, space-separated rel tokens.
        var rel: String
        var href: String
    }

    var metas: [Meta] = []
    /// The charset the page declares in `<meta charset>` or http-equiv Content-Type.
    var declaredCharset: String?
    var title: String?
    /// Texts of the first few h1 elements: soft-404 pages often say so only there.
    var headings: [String] = []
    var language: String?
    var links: [Link] = []
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// `<time datetime>` values, those inside article or main first.
    var times: [String] = []
    /// Visible body text (no script or style), capped, for the page fingerprint.
    var text: String = ""
    /// Elements that carry a machine-readable date (`<time>`, `<abbr class=published>`,
    /// itemprop and RDFa dates), in document order, with where on the page they sit.
    var dateMarks: [DateMark] = []
    /// Bodies of the other inline scripts (application state, data layers), capped.
    var inlineScripts: [String] = []
    /// Visible text outside navigation, sidebars, comments, related posts and footers, one line
    /// per block element, capped: where a page states its date in words.
    var mainText: String = ""
    /// Character offset in `mainText` where the article's headline starts, when one was seen.
    var headlineOffset: Int?
    /// Character offsets in `mainText` where an element marked as the byline or post meta starts
    /// (`PageRegions.isByline`), the first few.
    var bylineOffsets: [Int] = []

    /// A machine-readable date on an element.
    struct DateMark: Hashable, Sendable {
        /// `epoch`: a `data-utime`-style attribute, its seconds written as an ISO UTC timestamp.
        enum Kind: Hashable, Sendable { case time, abbr, itemprop, rdfa, epoch }
        enum Role: Hashable, Sendable { case published, modified, unknown }
        var value: String
        /// For `<time>` with a datetime: its own visible text, which a reader sees ("Publié le 29 juin 2019").
        var text: String? = nil
        var kind: Kind
        var role: Role
        /// Inside `<article>` or `<main>`.
        var inArticle: Bool
        /// Inside navigation, a sidebar, comments, related posts or a footer: it dates something else.
        var aside: Bool
    }

    /// First meta content for any of the keys (compared lower-cased), in the order of `keys`.
    func meta(_ keys: String...) -> (key: String, content: String)? {
        for key in keys {
            let k = key.lowercased()
            if let m = metas.first(where: { $0.key == k && !$0.content.trimmed.isEmpty }) {
                return (key, m.content.trimmed)
            }
        }
        return nil
    }
}
