/// Decides whether a note's text cites a work or only comments.
enum CitationDetector {
    static func isCitation(_ raw: String) -> Bool {
        let s = String(scalars: raw.unicodeScalars.map(CitationText.fold))
        if s.has("http://") || s.has("https://") || DOIExtractor.find(in: s) != nil { return true }
        let hasYear = CitationDate.year(in: s) != nil || CitationDate.chinese(in: s) != nil || CitationDate.iso(in: s) != nil
            || VancouverDate.find(in: Array(s.unicodeScalars)) != nil
        if GBTTypeTag.first(in: s) != nil { return true }
        let opensWithSee = s.hasPrefix("参见") || s.hasPrefix("参阅") || s.hasPrefix("See ") || s.hasPrefix("Cf.")
        // Prose explains in several sentences; a citation is one run of fields.
        let sentences = s.unicodeScalars.reduce(0) { $0 + ($1 == "。" ? 1 : 0) }
        if sentences >= 2 && !opensWithSee { return false }
        if s.has("《") && s.has("》") {
            return hasYear && (opensWithSee || s.has("期") || s.has("页") || s.has("网")
                || s.has("出版") || CitationDate.chinese(in: s)?.date.precision == .day
                || s.hasPrefix("《") || Pattern.titleAfterShortPrefix.firstMatch(in: s) != nil)
        }
        let quoted = s.has("“") || s.has("\"") || s.has("*")
        return hasYear && (quoted || looksLikeEntry(s) || looksLikeCommaEntry(s) || namesAdoptedDocument(s))
    }
}

extension CitationDetector {
    /// A reference-list entry without quotation marks: "Authors. Title. Publication, 2020." — at
    /// least two full stops, a short first element, and no prose sentences.
    static func looksLikeEntry(_ s: String) -> Bool {
        let w = Array(s.unicodeScalars)
        guard w.count <= 1200, !s.has("。"), let first = CitationSegments.stop(w, from: 0, dottedInitials: true),
              first <= 200, CitationSegments.stop(w, from: first + 1) != nil else { return false }
        let head = String(scalars: w[0..<first])
        return head.split(separator: " ").count <= 24
    }

    /// "The Bletchley Declaration …, adopted on 1 November 2023, accessed 3 March 2025."
    static func namesAdoptedDocument(_ s: String) -> Bool {
        ProseNoteStyle.verb(in: s) != nil
            && (s.hasIgnoringASCIICase("accessed") || s.hasIgnoringASCIICase("available") || s.hasIgnoringASCIICase("retrieved"))
    }

    /// "A. Author, Title, Publisher, 2021." or "Title (2004)": elements parted by commas, the year
    /// in the last part or in parentheses.
    static func looksLikeCommaEntry(_ s: String) -> Bool {
        let w = Array(s.unicodeScalars)
        guard w.count <= 1200, !s.has("。") else { return false }
        let commas = w.filter { $0 == "," }.count
        let tailStart = w.count * 3 / 5
        let yearLate = (tailStart..<w.count).contains { CitationSegments.year(at: $0, in: w) != nil }
        let yearInParens = (1..<max(1, w.count - 5)).contains { w[$0 - 1] == "(" && CitationSegments.year(at: $0, in: w) != nil && w[$0 + 4] == ")" }
        return (commas >= 2 && yearLate) || yearInParens
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let titleAfterShortPrefix = TextPattern(#"^[^《]{1,40}《"#)
}
