/// The main text of an HTML page, as a reader of the cited content sees it: what drift compares
/// between the page today and its archived copy. Navigation, headers, footers, asides, forms,
/// scripts and styles are dropped; `<main>`, else the longest `<article>`, else `<body>` is read.
public struct MainText: Hashable, Sendable {
    public var title: String?
    /// White space collapsed, capped at `limit` UTF-8 bytes.
    public var text: String
    /// Which element the text came from: "main", "article" or "body".
    public var source: String

    public init(title: String?, text: String, source: String) {
        self.title = title
        self.text = text
        self.source = source
    }

    /// Long enough for any article; a bound on what one page can cost.
    public static let limit = 200_000

    /// Elements whose text is not the page's content.
    static let dropped: Set<String> = [
        "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form", "button",
        "select", "svg", "iframe", "menu", "dialog",
    ]

    /// Elements inside a line of text: no word break around them.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "font",
    ]

    /// Nil when the body is not HTML that libxml2 can read.
    public static func extract(body: [UInt8], contentType: String?) -> MainText? {
        let encoding = PageEncoding.forced(headerCharset: ContentType.charset(of: contentType), bytes: body)
        guard let root = try? MarkupParser.parseHTML(body, file: "page", encoding: encoding) else { return nil }
        return extract(root)
    }

    static func extract(_ root: MarkupElement) -> MainText {
        let title = root.firstDescendant("title")?.text.collapsingWhitespace.nilIfEmpty
        let body = root.firstDescendant("body") ?? root
        let chosen: (MarkupElement, String)
        if let main = body.firstDescendant(where: { $0.name == "main" || $0["role"]?.lowercased() == "main" }) {
            chosen = (main, "main")
        } else if let article = body.descendants("article").max(by: { visibleText($0).utf8.count < visibleText($1).utf8.count }) {
            chosen = (article, "article")
        } else {
            chosen = (body, "body")
        }
        var text = visibleText(chosen.0).collapsingWhitespace
        if text.utf8.count > limit { text = String(decoding: Array(text.utf8.prefix(limit)), as: UTF8.self) }
        return MainText(title: title, text: text, source: chosen.1)
    }

    /// Text below `element`, skipping the dropped elements; block boundaries become spaces so
    /// words from adjacent paragraphs do not run together.
    static func visibleText(_ element: MarkupElement) -> String {
        var out = ""
        func walk(_ e: MarkupElement) {
            for child in e.children {
                switch child {
                case .text(let s): out += s
                case .element(let inner):
                    guard !dropped.contains(inner.name), inner["hidden"] == nil,
                          inner["aria-hidden"]?.lowercased() != "true" else { continue }
                    let block = !inline.contains(inner.name)
                    if block { out += " " }
                    walk(inner)
                    if block { out += " " }
                }
            }
        }
        walk(element)
        return out
    }
}
