import Foundation

/// Reads an article saved as HTML: footnote and endnote sections as Pandoc, Markdown renderers, WordPress,
/// Wikipedia and journal sites write them (`<section class="footnotes">`, `role="doc-endnotes"`,
/// `<ol class="references">`, `<aside role="doc-footnote">`), each note's `<a href>` targets, the body
/// sentence of each link to a note, and the page's citation_* metadata.
public struct HTMLArticleReader: Sendable {
    static let containerClasses: Set<String> = ["footnotes", "endnotes", "footnote-list", "notes", "references",
                                                "reflist", "fn-group", "ref-list", "footnotes-list",
                                                // Publishers' reference lists: Springer Nature, Wiley, ScienceDirect, others.
                                                "c-article-references", "article-section__references", "bibliography",
                                                "references-list", "reference-list", "citation-list", "ref-list-content"]
    static let containerRoles: Set<String> = ["doc-endnotes", "doc-footnotes", "doc-bibliography"]
    static let noteRoles: Set<String> = ["doc-footnote", "doc-endnote", "doc-biblioentry"]
    static let blocks: Set<String> = ["p", "li", "td", "th", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "div"]

    public init() {}

    public func read(bytes: [UInt8], path: String, encoding: String? = nil) throws -> SourceDocument {
        let root = try MarkupParser.parseHTML(bytes, file: path, encoding: encoding ?? Self.impliedEncoding(bytes))
        let body = root.element("body") ?? root
        let items = Self.noteItems(in: body)
        let contexts = Self.contexts(in: body)
        var notes: [SourceNote] = []
        for item in items {
            let text = ReferenceLinkLabel.tidy(Self.visibleText(item.element))
            let links = Self.links(in: item.element)
            if text.isEmpty && links.isEmpty { continue }
            notes.append(SourceNote(label: item.label, text: text, context: Self.context(of: item.element, in: contexts),
                                    links: links, source: item.element.line.map { PaperLocation(file: path, line: $0) }))
        }
        // The page's citation_reference tags, when it has them, are the references: each work's fields
        // as the publisher tagged them, with the list entry's words and links when the list matches.
        let tags = Self.citationReferences(root)
        if !tags.isEmpty { notes = Self.taggedNotes(tags, listed: notes, path: path) }
        // No note section: notes typed as text are left to the footnote segmenter (`bodyText`).
        return SourceDocument(path: path, format: .html, metadata: Self.metadata(root), notes: notes,
                              bodyText: Self.bodyText(body))
    }

    /// libxml2 reads an HTML page that names no charset as ISO-8859-1, as HTML 4 said; a saved page
    /// that names none today is UTF-8 when its bytes are valid UTF-8 (else libxml2's guess stands).
    static func impliedEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.contains("charset") || head.contains("encoding=") { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
    }

    // MARK: Notes

    static func isContainer(_ e: MarkupElement) -> Bool {
        if let role = e["role"], containerRoles.contains(role) { return true }
        let classes = Set((e["class"] ?? "").lowercased().split(separator: " ").map(String.init))
        if !classes.isDisjoint(with: containerClasses) { return true }
        if let id = e["id"]?.lowercased(), ["footnotes", "endnotes", "notes", "references"].contains(id), e.name != "a" {
            return true
        }
        return false
    }

    static func isNote(_ e: MarkupElement) -> Bool {
        if let role = e["role"], noteRoles.contains(role) { return true }
        return false
    }

    /// Note items in document order: the list items of note sections, and stand-alone footnote asides.
    static func noteItems(in body: MarkupElement) -> [(label: String, element: MarkupElement)] {
        var items: [(String, MarkupElement)] = []
        func walk(_ e: MarkupElement) {
            for case .element(let c) in e.children {
                if isContainer(c) {
                    items += containerItems(c)
                } else if isNote(c) {
                    let label = c.firstDescendant(where: { $0.name == "sup" || ($0["class"] ?? "").contains("label") })?
                        .text.collapsingWhitespace.nilIfEmpty ?? String(items.count + 1)
                    items.append((label, c))
                } else {
                    walk(c)
                }
            }
        }
        walk(body)
        return items
    }

    private static func containerItems(_ container: MarkupElement) -> [(String, MarkupElement)] {
        var items: [(String, MarkupElement)] = []
        let lists = container.name == "ol" || container.name == "ul" ? [container] : container.descendants(["ol", "ul"])
        if lists.isEmpty, !container.descendants(["dl"]).isEmpty {
            // A definition list (ScienceDirect's `dl.references`): each `dd` an entry, labelled by its `dt`.
            for dl in container.descendants(["dl"]) {
                var label: String?
                for e in dl.elements() {
                    if e.name == "dt" { label = e.text.collapsingWhitespace.trimmingCharacters(in: ["[", "]", "."]).nilIfEmpty }
                    if e.name == "dd" {
                        items.append((label ?? String(items.count + 1), e))
                        label = nil
                    }
                }
            }
            return items
        }
        if lists.isEmpty {
            // Notes as paragraphs or divs with ids ("fn1") or note roles.
            for (i, e) in container.descendants(["p", "div", "aside"]).filter({ $0["id"] != nil || isNote($0) }).enumerated() {
                let label = e.firstDescendant("sup")?.text.collapsingWhitespace.nilIfEmpty ?? String(i + 1)
                items.append((label, e))
            }
            return items
        }
        for list in lists {
            var number = Int(list["start"] ?? "") ?? 1
            for li in list.elements("li") {
                if let value = li["value"].flatMap({ Int($0) }) { number = value }
                let printed = li.elements().first(where: isPrintedLabel).map { String(labelNumber($0.text)) }
                items.append((printed ?? (list.name == "ol" ? String(number) : String(items.count + 1)), li))
                number += 1
            }
        }
        return items
    }

    /// An entry's printed number as publishers mark it up: `<span class="label">1.</span>` (PubMed
    /// Central, ScienceDirect), `<span class="order">1.</span>` (PLOS), `[1]`: the entry's label, not its words.
    static func isPrintedLabel(_ e: MarkupElement) -> Bool {
        guard e.name == "span" || e.name == "div" || e.name == "label" else { return false }
        let classes = (e["class"] ?? "").lowercased().split(separator: " ")
        guard classes.contains(where: { $0 == "label" || $0 == "order" || $0 == "ref-label" || $0 == "citation-label" })
            || e.name == "label" else { return false }
        let number = labelNumber(e.text)
        return !number.isEmpty && number.count <= 6 && number.allSatisfy { $0.isNumber || $0.isLetter }
            && (number.contains(where: \.isNumber) || number.count <= 3)
    }

    /// "1.", "[12]", "(3)" as "1", "12", "3".
    static func labelNumber(_ text: String) -> Substring {
        let t = Substring(text.collapsingWhitespace)
        return t.drop(while: { "[(".contains($0) }).prefix(while: { !".])".contains($0) })
    }

    /// A link back to the text ("↩", "^", "#fnref1") is navigation, not part of the note.
    static func isBacklink(_ a: MarkupElement) -> Bool {
        guard a.name == "a" else { return false }
        if a["role"] == "doc-backlink" { return true }
        let classes = (a["class"] ?? "").lowercased()
        if classes.contains("back") { return true }
        guard let href = a["href"], href.hasPrefix("#") else { return false }
        let text = a.text.strippingWhitespace
        return href.contains("ref") || ["↩", "↩︎", "^", "↑", "⤴"].contains(text) || text.isEmpty
    }

    static func visibleText(_ e: MarkupElement) -> String {
        var out = ""
        func walk(_ e: MarkupElement) {
            for child in e.children {
                switch child {
                case .text(let s): out += s
                case .element(let c):
                    if ["script", "style", "noscript", "template"].contains(c.name) || isBacklink(c) { continue }
                    if ReferenceLinkLabel.isSearchService(c) || ReferenceLinkLabel.isWorkLabel(c) || isPrintedLabel(c) { continue }
                    if c.name == "br" || blocks.contains(c.name) { out += " " }
                    walk(c)
                }
            }
        }
        walk(e)
        return out.collapsingWhitespace
    }

    /// The article's own text, one block a line as the header extractor expects, without the notes
    /// (a DOI in a note is the cited work's, not the paper's).
    static func bodyText(_ body: MarkupElement) -> String {
        var lines: [String] = []
        var current = ""
        func flush() {
            let line = current.collapsingWhitespace
            if !line.isEmpty { lines.append(line) }
            current = ""
        }
        func walk(_ e: MarkupElement) {
            for child in e.children {
                switch child {
                case .text(let s): current += s
                case .element(let c):
                    if ["script", "style", "noscript", "template"].contains(c.name) || isContainer(c) || isNote(c) { continue }
                    // A note mark ("1", "[2]") is not part of the sentence.
                    if c.name == "a", c["href"].flatMap(fragment) != nil, !c.text.contains(where: \.isLetter) { continue }
                    let block = c.name == "br" || blocks.contains(c.name)
                    if block { flush() }
                    walk(c)
                    if block { flush() }
                }
            }
        }
        walk(body)
        flush()
        return lines.joined(separator: "\n")
    }

    static func links(in e: MarkupElement) -> [String] {
        var out: [String] = []
        for a in e.descendants(["a"], stopAtMatch: false) {
            guard let href = a["href"]?.strippingWhitespace, TaggedValue.isWebLink(href),
                  !ReferenceLinkLabel.isSearchService(a) else { continue }
            if !out.contains(href) { out.append(href) }
        }
        return out
    }

    // MARK: Context

    /// For each note id, the sentence of the first body link to "#id".
    static func contexts(in body: MarkupElement) -> [String: String] {
        var result: [String: String] = [:]
        func block(_ b: MarkupElement) {
            var text = ""
            var count = 0
            var marks: [(String, Int)] = []
            func walk(_ e: MarkupElement) {
                for child in e.children {
                    switch child {
                    case .text(let s):
                        text += s
                        count += s.count
                    case .element(let c):
                        if blocks.contains(c.name) || isContainer(c) || isNote(c) { continue }
                        if c.name == "a", let id = c["href"].flatMap(fragment) {
                            marks.append((id, count))
                            continue
                        }
                        if ["script", "style"].contains(c.name) { continue }
                        walk(c)
                    }
                }
            }
            walk(b)
            for (id, offset) in marks where result[id] == nil {
                result[id] = CitingSentence.around(text, at: offset)
            }
        }
        func visit(_ e: MarkupElement) {
            for case .element(let c) in e.children {
                if isContainer(c) || isNote(c) { continue }
                if blocks.contains(c.name) { block(c) }
                visit(c)
            }
        }
        visit(body)
        return result
    }

    /// The note id a link points at: "#fn3", or "/articles/x#ref-CR1" (Springer links its citations
    /// by the page's own path); nil for other pages' addresses and for a bare "#".
    static func fragment(_ href: String) -> String? {
        guard let hash = href.firstIndex(of: "#"), !TaggedValue.isWebLink(href) else { return nil }
        let id = href[href.index(after: hash)...]
        return id.isEmpty ? nil : String(id)
    }

    /// The citing sentence of a note, by its id or by the id of its first element that has one
    /// (Springer gives the id to the entry's paragraph, not to its list item).
    static func context(of note: MarkupElement, in contexts: [String: String]) -> String? {
        if let id = note["id"], let context = contexts[id] { return context }
        return note.firstDescendant(where: { $0["id"] != nil }).flatMap { $0["id"] }.flatMap { contexts[$0] }
    }

    // MARK: Metadata

    static func metadata(_ root: MarkupElement) -> PaperMetadata {
        var named: [String: [String]] = [:]
        for meta in root.descendants(["meta"], stopAtMatch: false) {
            guard let key = (meta["name"] ?? meta["property"])?.lowercased(), let content = meta["content"] else { continue }
            named[key, default: []].append(content.collapsingWhitespace)
        }
        var m = PaperMetadata()
        m.title = (named["citation_title"] ?? named["dc.title"] ?? named["og:title"])?.first?.nilIfEmpty
            ?? root.firstDescendant("title")?.text.collapsingWhitespace.nilIfEmpty
        m.doi = (named["citation_doi"] ?? named["prism.doi"] ?? named["dc.identifier"] ?? [])
            .lazy.compactMap(TaggedValue.doi).first
        m.authors = (named["citation_author"] ?? named["dc.creator"] ?? []).compactMap(TaggedValue.person(inverted:))
        m.published = (named["citation_publication_date"] ?? named["citation_date"] ?? named["article:published_time"])?
            .first.flatMap(TaggedValue.date)
        return m
    }
}
