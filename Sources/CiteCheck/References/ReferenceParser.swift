/// Parses a note into the references it cites: authors, title, container, number, date with its
/// precision, volume, issue, pages, URLs, access date, DOI and language. What is not understood stays
/// in `raw`; nothing is invented.
public struct ReferenceParser: Sendable {
    public init() {}

    /// `firstID` numbers the references: ids are "r<firstID>", "r<firstID+1>", …
    public func parse(note: Note, firstID: Int) -> [Reference] {
        guard CitationDetector.isCitation(note.text) else { return [] }
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

    /// Parses the text of one cited work.
    func parseOne(_ raw: String) -> Reference {
        let text = CitationText(raw)
        var work = Array(text.folded)
        var ref = Reference(id: "", note: 0, label: "", raw: raw)

        let urls = URLExtractor.find(in: text.folded)
        ref.urls = urls.map { found in
            // Taken from the original characters: the URL is kept exactly as written.
            let original = text.original(found.span)
            return original.trimmingCharacters(in: "<>")
        }
        ref.doi = DOIExtractor.find(in: text.folded)
        for found in urls { blank(&work, found.span) }

        var workString = String(work)
        if let access = AccessDate.find(in: workString) {
            ref.accessed = access.date
            let r = offsets(access.range, in: workString)
            blank(&work, r)
            workString = String(work)
        }
        if let doiRange = workString.firstMatch(of: Pattern.doiPhrase)?.range {
            blank(&work, offsets(doiRange, in: workString))
            workString = String(work)
        }

        // Leading "参见" / "See" are the author's words, not the citation's.
        var start = 0
        for prefix in ["参见", "参阅", "详见", "See also ", "See ", "Cf. ", "cf. "] where workString.hasPrefix(prefix) {
            start = prefix.count
            break
        }
        let fields = CitationFields(text: text, work: work, start: start)
        if let typeTag = workString.firstMatch(of: Pattern.gbtTypeTag) {
            GBTCitationStyle.parse(fields, typeTag: offsets(typeTag.range, in: workString), into: &ref)
        } else if workString.contains("《") {
            ChineseCitationStyle.parse(fields, into: &ref)
        } else {
            EnglishCitationStyle.parse(fields, into: &ref)
        }
        ref.language = Self.language(of: ref.title ?? raw)
        return ref
    }

    static func language(of s: String) -> String {
        let cjk = s.reduce(0) { $0 + (LineJoiner.isCJK($1) && !"，。、；：（）《》“”".contains($1) ? 1 : 0) }
        return cjk >= 2 ? "zh" : "en"
    }

    private func blank(_ work: inout [Character], _ r: Range<Int>) {
        for i in r where i < work.count { work[i] = " " }
    }

    private func offsets(_ r: Range<String.Index>, in s: String) -> Range<Int> {
        s.distance(from: s.startIndex, to: r.lowerBound)..<s.distance(from: s.startIndex, to: r.upperBound)
    }
}

/// What the style parsers work on: the original text, and the folded text with URLs and the access
/// date blanked out (same length, so offsets name the same characters in both).
struct CitationFields {
    let text: CitationText
    let work: [Character]
    /// Where the citation proper starts, after "参见" or "See".
    let start: Int

    var workString: String { String(work) }

    func original(_ r: Range<Int>) -> String {
        text.original(r).trimmingCharacters(in: " \t,，.。;；:：")
    }

    func folded(_ r: Range<Int>) -> String { String(work[r]) }

    /// Offsets of a range of `s`, which must be a string of `work`'s characters from `base` on.
    func offsets(_ r: Range<String.Index>, in s: String, base: Int = 0) -> Range<Int> {
        (base + s.distance(from: s.startIndex, to: r.lowerBound))..<(base + s.distance(from: s.startIndex, to: r.upperBound))
    }

    /// The span from `open` to its balancing `close` (nesting allowed), searching from `from`.
    func balanced(_ open: Character, _ close: Character, from: Int) -> Range<Int>? {
        guard let o = work[from...].firstIndex(of: open) else { return nil }
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

/// Compiled once: a regex literal is parsed again each time it is evaluated.
private enum Pattern {
    nonisolated(unsafe) static let doiPhrase = #/(?i)\bdoi\s*[:：]?\s*10\.\S+/#
    nonisolated(unsafe) static let gbtTypeTag = #/\[(?:J|M|C|D|R|N|S|P|Z|A|G|EB/OL|J/OL|M/OL|DB/OL|N/OL)\]/#
}
