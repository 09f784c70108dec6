/// The text of word/document.xml with the positions of its footnote and endnote reference marks, and
/// the notes built from a notes part in the order the body cites them.
struct DocxBody {
    struct Mark {
        var kind: DocxNoteKind
        var id: String
        var paragraph: Int
        var offset: Int
        /// The text of a custom mark (`w:customMarkFollows`), which replaces the automatic number.
        var customLabel: String?
    }

    private(set) var paragraphs: [String] = []
    private(set) var marks: [Mark] = []

    init(document: MarkupElement) {
        let body = document.firstDescendant("body") ?? document
        for p in body.descendants("p") {
            var walker = DocxTextWalker(links: [:])
            walker.walk(p)
            for m in walker.marks {
                marks.append(Mark(kind: m.kind, id: m.id, paragraph: paragraphs.count, offset: m.offset, customLabel: m.customLabel))
            }
            paragraphs.append(walker.text)
        }
    }

    var text: String { paragraphs.joined(separator: "\n") }

    /// The notes of one kind, numbered in the order the body first cites them; notes never cited come
    /// last, in the order of the part.
    func notes(_ kind: DocxNoteKind, in part: MarkupElement, links: [DocxRelationship], numberFormat: DocxNumbering.Format) -> [SourceNote] {
        let targets = Dictionary(links.map { ($0.id, $0.target) }, uniquingKeysWith: { a, _ in a })
        var byID: [String: MarkupElement] = [:]
        var partOrder: [String] = []
        for note in part.elements(kind.rawValue) {
            guard let id = note["id"] else { continue }
            // Separators and continuation notices are layout, not notes.
            if let type = note["type"], type != "normal" { continue }
            if byID[id] == nil { partOrder.append(id) }
            byID[id] = note
        }
        var firstMark: [String: Mark] = [:]
        var order: [String] = []
        for mark in marks where mark.kind == kind && byID[mark.id] != nil && firstMark[mark.id] == nil {
            firstMark[mark.id] = mark
            order.append(mark.id)
        }
        order += partOrder.filter { firstMark[$0] == nil }

        var result: [SourceNote] = []
        // A note with its own mark ("*") does not take a number from the automatic sequence.
        var number = 0
        for id in order {
            guard let element = byID[id] else { continue }
            var walker = DocxTextWalker(links: targets)
            walker.walk(element)
            let text = walker.text.collapsingWhitespace
            let mark = firstMark[id]
            let label: String
            if let custom = mark?.customLabel, !custom.isEmpty {
                label = custom
            } else {
                number += 1
                label = numberFormat.label(number)
            }
            // An empty note still took its number on the page.
            if text.isEmpty && walker.links.isEmpty { continue }
            let context = mark.flatMap { CitingSentence.around(paragraphs[$0.paragraph], at: $0.offset) }
            // The body paragraph carrying the note's mark (none for a note never cited) and its w:id.
            let place = PaperLocation(file: "", paragraph: mark.map { $0.paragraph + 1 }, footnote: id)
            result.append(SourceNote(label: label, text: text, context: context, links: walker.links, source: place))
        }
        return result
    }
}

/// Collects the visible text of WordprocessingML runs, with reference marks and hyperlink targets.
struct DocxTextWalker {
    struct Mark {
        var kind: DocxNoteKind
        var id: String
        var offset: Int
        var customLabel: String?
    }

    /// Relationship id → external target, for `w:hyperlink r:id`.
    let relationshipTargets: [String: String]
    private(set) var text = ""
    private(set) var links: [String] = []
    private(set) var marks: [Mark] = []
    private var characterCount = 0
    private var fieldInstructions = ""
    private var awaitingCustomMark = false

    init(links: [String: String]) {
        relationshipTargets = links
    }

    mutating func walk(_ element: MarkupElement) {
        visit(element)
        for target in Self.hyperlinkTargets(inFieldCode: fieldInstructions) { addLink(target) }
    }

    private mutating func visit(_ e: MarkupElement) {
        switch e.name {
        case "t":
            let s = e.text
            if awaitingCustomMark {
                awaitingCustomMark = false
                if !marks.isEmpty { marks[marks.count - 1].customLabel = s.collapsingWhitespace }
                return
            }
            append(s)
        case "tab", "br", "cr":
            append(" ")
        case "noBreakHyphen":
            append("-")
        case "instrText":
            // Word may split one instruction across runs ("HYPER", "LINK \"https://…"): join as is.
            fieldInstructions += e.text
        case "fldChar":
            if e["fldCharType"] == "begin" { fieldInstructions += " " }
        case "fldSimple":
            fieldInstructions += (e["instr"] ?? "") + " "
            visitChildren(e)
        case "footnoteReference", "endnoteReference":
            let kind: DocxNoteKind = e.name == "footnoteReference" ? .footnote : .endnote
            marks.append(Mark(kind: kind, id: e["id"] ?? "", offset: characterCount))
            awaitingCustomMark = e["customMarkFollows"] == "1" || e["customMarkFollows"] == "true"
        case "hyperlink":
            if let id = e["id"], let target = relationshipTargets[id] { addLink(target) }
            visitChildren(e)
        case "p":
            if !text.isEmpty { append(" ") }
            visitChildren(e)
        // Deleted text, run and paragraph properties, the note's own number, and the fallback copy of
        // drawings (which repeats the text of the preferred copy) are not visible text.
        case "del", "delText", "rPr", "pPr", "footnoteRef", "endnoteRef", "sectPr", "Fallback", "fldData":
            return
        default:
            visitChildren(e)
        }
    }

    private mutating func visitChildren(_ e: MarkupElement) {
        for case .element(let child) in e.children { visit(child) }
    }

    private mutating func append(_ s: String) {
        text += s
        characterCount += s.count
    }

    private mutating func addLink(_ target: String) {
        let lower = target.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") else { return }
        if !links.contains(target) { links.append(target) }
    }

    /// Targets of `HYPERLINK "url"` field codes (internal `HYPERLINK \l "bookmark"` links excluded).
    static func hyperlinkTargets(inFieldCode code: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(code)
        while let r = rest.range(of: "HYPERLINK") {
            rest = rest[r.upperBound...].drop(while: { $0 == " " })
            if rest.hasPrefix("\\l") { continue }
            if rest.hasPrefix("\"") {
                let body = rest.dropFirst()
                if let close = body.firstIndex(of: "\"") {
                    targets.append(String(body[..<close]))
                    rest = body[close...]
                }
            } else {
                let token = rest.prefix(while: { !$0.isWhitespace })
                if !token.isEmpty { targets.append(String(token)) }
                rest = rest.dropFirst(token.count)
            }
        }
        return targets
    }
}
