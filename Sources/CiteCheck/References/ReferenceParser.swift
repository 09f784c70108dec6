/// Parses a note into the references it cites: authors, title, container, number, date with its
/// precision, volume, issue, pages, URLs, access date, DOI and language. What is not understood stays
/// in `raw`; nothing is invented.
public struct ReferenceParser: Sendable {
    public init() {}

    /// `firstID` numbers the references: ids are "r<firstID>", "r<firstID+1>", …
    public func parse(note: Note, firstID: Int) -> [Reference] {
        var refs: [Reference] = []
        for part in ReferenceSplitter.split(note.text) where CitationDetector.isCitation(part) {
            var ref = parseOne(part)
            ref.id = "r\(firstID + refs.count)"
            ref.note = note.index
            ref.label = note.label
            refs.append(ref)
        }
        return refs
    }

    /// A note known to cite exactly one work (a BibTeX, RIS or CSL-JSON entry): not split.
    public func parse(work note: Note) -> [Reference] {
        var ref = parseOne(note.text)
        ref.id = "r1"
        ref.note = note.index
        ref.label = note.label
        return [ref]
    }

    /// Parses the text of one cited work.
    func parseOne(_ raw: String) -> Reference {
        let text = CitationText(raw)
        var work = text.foldedScalars
        var ref = Reference(id: "", note: 0, label: "", raw: raw)

        let urls = URLExtractor.find(in: text.foldedScalars)
        // Taken from the original scalars: the URL is kept exactly as written.
        ref.urls = urls.map { text.original($0.span).trimmingCharacters(in: "<>") }
        ref.doi = DOIExtractor.find(in: text.folded)
        for found in urls { blank(&work, found.span) }
        // An ISBN's digits are no date: "ISBN 978-0-2015-3082-7".
        for span in ISBNSpan.find(in: work) { blank(&work, span) }

        var workString = String(scalars: work)
        if let access = AccessDate.find(in: workString) {
            ref.accessed = access.date
            blank(&work, workString.scalarOffsets(access.range))
            workString = String(scalars: work)
        }
        if ref.doi != nil, let doiRange = Pattern.doiPhrase.firstMatch(in: workString)?.range {
            blank(&work, workString.scalarOffsets(doiRange))
            workString = String(scalars: work)
        }

        // Leading "参见" / "See" are the author's words, not the citation's.
        var start = 0
        for prefix in ["参见", "参阅", "详见", "See also ", "See ", "Cf. ", "cf. "] where workString.hasPrefix(prefix) {
            start = prefix.unicodeScalars.count
            break
        }
        let fields = CitationFields(text: text, work: work, workString: workString, start: start)
        if let typeTag = GBTTypeTag.first(in: work) {
            GBTCitationStyle.parse(fields, typeTag: typeTag, into: &ref)
        } else if workString.has("《") {
            ChineseCitationStyle.parse(fields, into: &ref)
        } else if ProseNoteStyle.accepts(fields) {
            ProseNoteStyle.parse(fields, into: &ref)
        } else if VancouverCitationStyle.accepts(fields) {
            VancouverCitationStyle.parse(fields, into: &ref)
        } else if GBTCitationStyle.accepts(fields) {
            GBTCitationStyle.parse(fields, typeTag: nil, into: &ref)
        } else {
            EnglishCitationStyle.parse(fields, into: &ref)
        }
        ref.updated = UpdatedDate.find(in: text.folded)
        ref.language = Self.language(of: ref.title ?? raw)
        return ref
    }

    static func language(of s: String) -> String {
        let punctuation: Set<Unicode.Scalar> = ["，", "。", "、", "；", "：", "（", "）", "《", "》", "“", "”"]
        let cjk = s.unicodeScalars.reduce(0) { $0 + (LineJoiner.isCJK($1) && !punctuation.contains($1) ? 1 : 0) }
        return cjk >= 2 ? "zh" : "en"
    }

    private func blank(_ work: inout [Unicode.Scalar], _ r: Range<Int>) {
        for i in r where i < work.count { work[i] = " " }
    }
}

/// What the style parsers work on: the original text, and the folded text with URLs and the access
/// date blanked out (same length in scalars, so offsets name the same scalars in both).
struct CitationFields {
    let text: CitationText
    let work: [Unicode.Scalar]
    /// Where the citation proper starts, after "参见" or "See".
    let start: Int
    let workString: String

    init(text: CitationText, work: [Unicode.Scalar], workString: String, start: Int) {
        self.text = text
        self.work = work
        self.workString = workString
        self.start = start
    }

    func original(_ r: Range<Int>) -> String {
        text.original(r).trimmingCharacters(in: " \t,，.。;；:：")
    }

    func folded(_ r: Range<Int>) -> String { String(scalars: work[r]) }

    /// Offsets of a range of `s`, a string of `work`'s scalars from `base` on.
    func offsets(_ r: Range<String.Index>, in s: String, base: Int = 0) -> Range<Int> {
        let o = s.scalarOffsets(r)
        return (base + o.lowerBound)..<(base + o.upperBound)
    }

    /// The span from `open` to its balancing `close` (nesting allowed), searching from `from`.
    func balanced(_ open: Unicode.Scalar, _ close: Unicode.Scalar, from: Int) -> Range<Int>? {
        guard from < work.count, let o = work[from...].firstIndex(of: open) else { return nil }
        if open == close {
            // Straight quotes open and close alike: the pair ends at the next one, not at the first
            // (a one-character "pair" made an inverted title range).
            guard let c = work[(o + 1)...].firstIndex(of: close) else { return nil }
            return o..<(c + 1)
        }
        var depth = 0
        for i in o..<work.count {
            if work[i] == open { depth += 1 }
            if work[i] == close {
                depth -= 1
                if depth == 0 { return o..<(i + 1) }
            }
        }
        return nil
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let doiPhrase = TextPattern(#"(?i)\bdoi\s*[:：]?\s*10\.\S+"#)
}
