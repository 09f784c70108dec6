/// English notes, Chicago style and author–title–container lists:
/// Author, “Title,” *Journal*, Vol. 2, Iss. 3, May 2024, pp. 303-314, URL (accessed March 3, 2025).
enum EnglishCitationStyle {
    static func parse(_ f: CitationFields, into ref: inout Reference) {
        let s = f.workString
        var titleRange: Range<Int>?
        var titleEnd = f.start
        if let q = f.balanced("“", "”", from: f.start) ?? straightQuotes(f) {
            titleRange = (q.lowerBound + 1)..<(q.upperBound - 1)
            titleEnd = q.upperBound
        } else if let m = Pattern.italicTitle.firstMatch(in: s) {
            // No quoted title: an italic one names a book or report.
            let r = f.offsets(m.range, in: s)
            titleRange = (r.lowerBound + 1)..<(r.upperBound - 1)
            titleEnd = r.upperBound
        }
        guard let titleRange else {
            // Nothing recognisable as a title: only the date is taken, the rest stays raw.
            ref.date = (CitationDate.english(in: s) ?? CitationDate.year(in: s))?.date
            return
        }
        ref.title = (f.original(titleRange).trimmingCharacters(in: "*")).nilIfEmpty
        ref.authors = AuthorList.parse(f.original(f.start..<(titleRange.lowerBound - 1)))

        var tail = Array(f.work[titleEnd...])
        func blank(_ r: Range<String.Index>, in t: String) {
            for i in t.scalarOffsets(r) { tail[i] = " " }
        }
        var t = String(scalars: tail)
        let lower = t.lowercased()
        if lower.has("vol"), let m = Pattern.volume.firstMatch(in: t) { ref.volume = String(m[1]!); blank(m.range, in: t) }
        t = String(scalars: tail)
        if lower.has("iss") || lower.has("no"), let m = Pattern.issue.firstMatch(in: t) { ref.issue = String(m[1]!).filter { $0 != " " }; blank(m.range, in: t) }
        t = String(scalars: tail)
        if t.has("p."), let m = Pattern.pages.firstMatch(in: t) {
            ref.pages = String(m[1]!).filter { $0 != " " }.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            blank(m.range, in: t)
        }
        t = String(scalars: tail)
        if let d = CitationDate.english(in: t) ?? CitationDate.iso(in: t) ?? CitationDate.year(in: t) {
            ref.date = d.date
            blank(d.range, in: t)
        }
        // The first remaining component names the journal, website or publisher.
        t = String(scalars: tail)
        var offset = 0
        for component in t.split(separator: ",", omittingEmptySubsequences: false) {
            let lo = titleEnd + offset
            let length = component.unicodeScalars.count
            offset += length + 1
            let trimmed = component.trimmingCharacters(in: " .*。")
            if trimmed.isEmpty || trimmed.allSatisfy({ $0.isNumber || $0 == "-" }) { continue }
            ref.container = (f.original(lo..<(lo + length)).trimmingCharacters(in: " *.")).nilIfEmpty
            break
        }
    }

    /// A title in straight double quotes.
    private static func straightQuotes(_ f: CitationFields) -> Range<Int>? {
        guard let o = f.work[f.start...].firstIndex(of: "\""),
              let c = f.work[(o + 1)...].firstIndex(of: "\"") else { return nil }
        return o..<(c + 1)
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let italicTitle = TextPattern(#"\*([^*]+)\*"#)
    static let volume = TextPattern(#"(?i)\bvol(?:ume)?\.?\s*([0-9A-Za-z]+)"#)
    static let issue = TextPattern(#"(?i)\b(?:iss(?:ue)?|no)\.?\s*(\d+(?:\s*[-–/]\s*\d+)?)"#)
    static let pages = TextPattern(#"\bpp?\.\s*(\d+(?:\s*[-–—]\s*\d+)?)"#)
}
