/// Reads a JATS (or older NLM) XML article: every `<ref>` in `<ref-list>` (mixed-citation or
/// element-citation, tagged fields used when present), `<fn>` footnotes, the sentence of each `<xref>`
/// that cites them, and the article's own title, DOI and dates from `<article-meta>`.
public struct JATSReader: Sendable {
    static let citationElements: Set<String> = ["mixed-citation", "element-citation", "citation", "nlm-citation"]

    public init() {}

    public func read(bytes: [UInt8], path: String) throws -> SourceDocument {
        let root = try MarkupParser.parseXML(bytes, file: path)
        guard root.name == "article" || root.firstDescendant("ref-list") != nil else {
            throw CiteCheckError(.input, file: path, "XML but not a JATS article (root element <\(root.name)>)")
        }
        let contexts = JATSContexts(article: root)
        var notes: [SourceNote] = []
        var refCount = 0
        var fnCount = 0
        // The front matter's notes are author notes (affiliations, conflicts), not citations.
        for part in root.elements() where part.name != "front" {
            for item in part.descendants(["ref", "fn"]) {
                if item.name == "fn" {
                    fnCount += 1
                    notes.append(footnote(item, number: fnCount, contexts: contexts))
                } else {
                    refCount += 1
                    notes += reference(item, number: refCount, contexts: contexts)
                }
            }
        }
        if notes.isEmpty {
            throw CiteCheckError(.input, file: path, "JATS article without <ref> references or <fn> notes: " + Self.whyNoReferences(root))
        }
        return SourceDocument(path: path, format: .jats, metadata: metadata(root), notes: notes,
                              bodyText: root.element("body")?.text)
    }

    /// What the article holds where references would be, and why it is not read as a list: an
    /// editor can then fix the export instead of guessing.
    static func whyNoReferences(_ root: MarkupElement) -> String {
        func inventory(_ e: MarkupElement) -> String {
            var counts: [(name: String, count: Int)] = []
            for child in e.elements() where child.name != "title" && child.name != "label" {
                if let i = counts.firstIndex(where: { $0.name == child.name }) { counts[i].count += 1 } else { counts.append((child.name, 1)) }
            }
            guard !counts.isEmpty else { return "nothing" }
            return counts.prefix(4).map { "\($0.count) <\($0.name)>" }.joined(separator: ", ")
        }
        let expected = "JATS wants each reference in a <ref> inside <ref-list>"
        if let list = root.firstDescendant("ref-list") {
            return "its <ref-list> holds \(inventory(list)) but no <ref>; \(expected)"
        }
        let headings: Set<String> = ["references", "reference", "bibliography", "works cited", "literature cited", "参考文献", "注释"]
        if let section = root.firstDescendant(where: { e in
            e.name == "sec" && ((e["sec-type"]?.lowercased().contains("ref") ?? false)
                || headings.contains(e.element("title")?.text.collapsingWhitespace.lowercased() ?? ""))
        }) {
            let title = section.element("title")?.text.collapsingWhitespace.nilIfEmpty.map { " \"\($0)\"" } ?? ""
            return "found a <sec>\(title) holding \(inventory(section)) instead of a <ref-list>; \(expected)"
        }
        return "no <ref-list>, <ref> or <fn> element and no references section; \(expected)"
    }

    private func footnote(_ fn: MarkupElement, number: Int, contexts: JATSContexts) -> SourceNote {
        let label = fn.element("label")?.text.collapsingWhitespace.nilIfEmpty ?? fn["symbol"] ?? String(number)
        let text = Self.visibleText(fn, skipping: ["label"])
        let links = Self.links(in: fn)
        return SourceNote(label: label, text: text, context: fn["id"].flatMap { contexts.sentence(for: $0) }, links: links,
                          source: Self.place(fn))
    }

    private func reference(_ ref: MarkupElement, number: Int, contexts: JATSContexts) -> [SourceNote] {
        let label = ref.element("label")?.text.collapsingWhitespace.nilIfEmpty ?? String(number)
        let context = ref["id"].flatMap { contexts.sentence(for: $0) }
        let citations = ref.descendants(Self.citationElements)
        if citations.isEmpty {
            return [SourceNote(label: label, text: Self.visibleText(ref, skipping: ["label"]), context: context, links: Self.links(in: ref),
                               source: Self.place(ref))]
        }
        return citations.map { citation in
            let text = citation.name == "mixed-citation"
                ? Self.visibleText(citation, skipping: ["label"])
                : Self.composedText(citation)
            let label = citation.element("label")?.text.collapsingWhitespace.nilIfEmpty ?? label
            return SourceNote(label: label, text: text, context: context, links: Self.links(in: citation),
                              tagged: Self.tagged(citation), source: Self.place(citation) ?? Self.place(ref))
        }
    }

    /// The element's line (the parser names the file).
    static func place(_ e: MarkupElement) -> PaperLocation? { e.line.map { PaperLocation(file: "", line: $0) } }

    // MARK: Fields

    static func tagged(_ c: MarkupElement) -> TaggedFields {
        var t = TaggedFields()
        let titled = ["article-title", "chapter-title", "part-title", "data-title"].lazy.compactMap { c.firstDescendant($0) }.first
        let source = c.firstDescendant("source").map { $0.text.collapsingWhitespace }
        let publisher = c.firstDescendant("publisher-name").map { $0.text.collapsingWhitespace }
        if let titled {
            t.title = titled.text.collapsingWhitespace.nilIfEmpty
            t.container = source?.nilIfEmpty ?? publisher?.nilIfEmpty
        } else {
            t.title = source?.nilIfEmpty
            t.container = publisher?.nilIfEmpty
        }
        t.authors = authors(c)
        t.date = date(c.element("date") ?? c)
        for d in c.descendants(["date-in-citation", "access-date"]) where d.name == "access-date" || d["content-type"] == "access-date" || d["content-type"] == nil {
            t.accessed = d["iso-8601-date"].flatMap(TaggedValue.date) ?? TaggedValue.date(d.text)
            if t.accessed != nil { break }
        }
        for id in c.descendants("pub-id") where id["pub-id-type"]?.lowercased() == "doi" {
            t.doi = TaggedValue.doi(id.text)
        }
        if t.doi == nil {
            for link in c.descendants("ext-link") where link["ext-link-type"]?.lowercased() == "doi" {
                t.doi = TaggedValue.doi(link["href"] ?? link.text)
            }
        }
        t.urls = links(in: c).filter { TaggedValue.doi($0) == nil || t.doi == nil || !$0.contains(t.doi!) }
        t.volume = c.firstDescendant("volume")?.text.collapsingWhitespace.nilIfEmpty
        t.issue = c.firstDescendant("issue")?.text.collapsingWhitespace.nilIfEmpty
        if let range = c.firstDescendant("page-range")?.text.collapsingWhitespace.nilIfEmpty {
            t.pages = range
        } else if let first = c.firstDescendant("fpage")?.text.collapsingWhitespace.nilIfEmpty {
            let last = c.firstDescendant("lpage")?.text.collapsingWhitespace.nilIfEmpty
            t.pages = last.map { "\(first)-\($0)" } ?? first
        } else {
            t.pages = c.firstDescendant("elocation-id")?.text.collapsingWhitespace.nilIfEmpty
        }
        return t
    }

    static func authors(_ c: MarkupElement) -> [String] {
        let groups = c.descendants("person-group")
        let authorGroups = groups.filter { ($0["person-group-type"] ?? "author") == "author" }
        let scope = authorGroups.isEmpty ? (groups.isEmpty ? [c] : []) : authorGroups
        return scope.flatMap { group in
            group.descendants(["name", "string-name", "collab"]).compactMap { person(in: $0) }
        }
    }

    static func person(in e: MarkupElement) -> String? {
        if e.name == "name" {
            return TaggedValue.person(family: e.element("surname")?.text, given: e.element("given-names")?.text)
        }
        if let surname = e.element("surname") {
            return TaggedValue.person(family: surname.text, given: e.element("given-names")?.text)
        }
        return e.text.collapsingWhitespace.nilIfEmpty
    }

    /// A date from `iso-8601-date`, or from `<year>`, `<month>`, `<day>` children ("2020a" is 2020).
    static func date(_ e: MarkupElement) -> PartialDate? {
        if let iso = e["iso-8601-date"], let d = TaggedValue.date(iso) { return d }
        guard let yearText = e.element("year")?.text,
              let year = Int(yearText.filter(\.isNumber).prefix(4)) else { return nil }
        let monthText = e.element("month")?.text.strippingWhitespace
        let month = monthText.flatMap { Int($0) ?? TaggedValue.months[String($0.lowercased().prefix(3))] }
        let day = e.element("day").flatMap { Int($0.text.strippingWhitespace) }
        return PartialDate(year: year, month: month, day: month == nil ? nil : day) ?? PartialDate(year: year, month: month)
            ?? PartialDate(year: year)
    }

    static func links(in e: MarkupElement) -> [String] {
        var out: [String] = []
        for link in e.descendants(["ext-link", "uri", "self-uri"]) {
            if let href = link["href"], TaggedValue.isWebLink(href) {
                if !out.contains(href) { out.append(href) }
            } else {
                let text = link.text.collapsingWhitespace
                if TaggedValue.isWebLink(text), !out.contains(text) { out.append(text) }
            }
        }
        return out
    }

    private func metadata(_ root: MarkupElement) -> PaperMetadata {
        var m = PaperMetadata()
        guard let meta = root.element("front")?.element("article-meta") ?? root.firstDescendant("article-meta") else { return m }
        m.title = meta.element("title-group")?.element("article-title")?.text.collapsingWhitespace.nilIfEmpty
        m.doi = meta.elements("article-id").first { $0["pub-id-type"]?.lowercased() == "doi" }.flatMap { TaggedValue.doi($0.text) }
        m.authors = meta.descendants("contrib").filter { ($0["contrib-type"] ?? "author") == "author" }
            .compactMap { c in c.descendants(["name", "string-name", "collab"]).first.flatMap(Self.person) }
        m.received = meta.element("history")?.elements("date").first { $0["date-type"] == "received" }.flatMap(Self.date)
        let pubDates = meta.elements("pub-date")
        let preferred = pubDates.first { ["epub", "pub", "publication"].contains($0["pub-type"] ?? $0["date-type"] ?? "") } ?? pubDates.first
        m.published = preferred.flatMap(Self.date)
        return m
    }

    // MARK: Text

    /// The citation as printed: mixed-citation keeps its own punctuation.
    static func visibleText(_ e: MarkupElement, skipping: Set<String>) -> String {
        var out = ""
        func walk(_ e: MarkupElement) {
            for child in e.children {
                switch child {
                case .text(let s): out += s
                case .element(let c):
                    if skipping.contains(c.name) { continue }
                    if c.name == "p", !out.isEmpty { out += " " }
                    walk(c)
                }
            }
        }
        walk(e)
        return out.collapsingWhitespace
    }

    /// element-citation has no punctuation of its own: join its parts as a reader would write them.
    static func composedText(_ c: MarkupElement) -> String {
        var pieces: [String] = []
        for child in c.elements() where child.name != "label" {
            switch child.name {
            case "person-group":
                let names = child.descendants(["name", "string-name", "collab"]).compactMap { person(in: $0) }
                if !names.isEmpty { pieces.append(names.joined(separator: "; ")) }
            case "fpage":
                let last = c.element("lpage")?.text.collapsingWhitespace
                pieces.append(last.map { "\(child.text.collapsingWhitespace)-\($0)" } ?? child.text.collapsingWhitespace)
            case "lpage", "month", "day":
                continue
            case "year":
                pieces.append(date(c).map(\.description) ?? child.text.collapsingWhitespace)
            case "ext-link", "uri":
                pieces.append(child["href"].flatMap { TaggedValue.isWebLink($0) ? $0 : nil } ?? child.text.collapsingWhitespace)
            case "pub-id" where child["pub-id-type"]?.lowercased() == "doi":
                pieces.append("doi:" + child.text.collapsingWhitespace)
            case "date-in-citation":
                let d = child["iso-8601-date"].flatMap(TaggedValue.date).map { "accessed \($0)" }
                pieces.append(d ?? child.text.collapsingWhitespace)
            default:
                pieces.append(child.text.collapsingWhitespace)
            }
        }
        return pieces.filter { !$0.isEmpty }.joined(separator: ". ")
    }
}

/// The sentence around each `<xref rid=…>` in the body, by the id it points to (first citation wins).
struct JATSContexts {
    private var sentences: [String: String] = [:]

    init(article: MarkupElement) {
        guard let body = article.element("body") else { return }
        for p in body.descendants(["p"], stopAtMatch: false) {
            var text = ""
            var count = 0
            var marks: [(ids: [Substring], offset: Int)] = []
            func walk(_ e: MarkupElement) {
                for child in e.children {
                    switch child {
                    case .text(let s):
                        text += s
                        count += s.count
                    case .element(let c):
                        if c.name == "xref", let rid = c["rid"] {
                            // A number or symbol ("3", "[3]", "*") is a mark, not words; an author-year
                            // citation ("Smith 2020") is part of the sentence.
                            if c["ref-type"] == "fn" || !c.text.contains(where: \.isLetter) {
                                marks.append((rid.split(separator: " "), count))
                            } else {
                                walk(c)
                                marks.append((rid.split(separator: " "), count))
                            }
                        } else if c.name != "fn" && c.name != "p" {
                            walk(c)
                        }
                    }
                }
            }
            walk(p)
            for mark in marks {
                guard let sentence = CitingSentence.around(text, at: mark.offset) else { continue }
                for id in mark.ids where sentences[String(id)] == nil { sentences[String(id)] = sentence }
            }
        }
    }

    func sentence(for id: String) -> String? { sentences[id] }
}
