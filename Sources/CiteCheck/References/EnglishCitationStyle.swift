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
        } else if let m = s.firstMatch(of: Pattern.italicTitle) {
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
        ref.title = nonEmpty(f.original(titleRange).trimmingCharacters(in: "*"))
        ref.authors = AuthorList.parse(f.original(f.start..<(titleRange.lowerBound - 1)))

        var tail = Array(f.work[titleEnd...])
        func blank(_ r: Range<String.Index>, in t: String) {
            let lo = t.distance(from: t.startIndex, to: r.lowerBound), hi = t.distance(from: t.startIndex, to: r.upperBound)
            for i in lo..<hi { tail[i] = " " }
        }
        var t = String(tail)
        let lower = t.lowercased()
        if lower.contains("vol"), let m = t.firstMatch(of: Pattern.volume) { ref.volume = String(m.1); blank(m.range, in: t) }
        t = String(tail)
        if lower.contains("iss") || lower.contains("no"), let m = t.firstMatch(of: Pattern.issue) { ref.issue = String(m.1).filter { $0 != " " }; blank(m.range, in: t) }
        t = String(tail)
        if t.contains("p."), let m = t.firstMatch(of: Pattern.pages) {
            ref.pages = String(m.1).filter { $0 != " " }.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            blank(m.range, in: t)
        }
        t = String(tail)
        if let d = CitationDate.english(in: t) ?? CitationDate.iso(in: t) ?? CitationDate.year(in: t) {
            ref.date = d.date
            blank(d.range, in: t)
        }
        // The first remaining component names the journal, website or publisher.
        t = String(tail)
        var offset = 0
        for component in t.split(separator: ",", omittingEmptySubsequences: false) {
            let lo = titleEnd + offset
            offset += component.count + 1
            let trimmed = component.trimmingCharacters(in: " .*。")
            if trimmed.isEmpty || trimmed.allSatisfy({ $0.isNumber || $0 == "-" }) { continue }
            ref.container = nonEmpty(f.original(lo..<(lo + component.count)).trimmingCharacters(in: " *."))
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

/// Compiled once: a regex literal is parsed again each time it is evaluated.
private enum Pattern {
    nonisolated(unsafe) static let italicTitle = #/\*([^*]+)\*/#
    nonisolated(unsafe) static let volume = #/(?i)\bvol(?:ume)?\.?\s*([0-9A-Za-z]+)/#
    nonisolated(unsafe) static let issue = #/(?i)\b(?:iss(?:ue)?|no)\.?\s*(\d+(?:\s*[-–/]\s*\d+)?)/#
    nonisolated(unsafe) static let pages = #/\bpp?\.\s*(\d+(?:\s*[-–—]\s*\d+)?)/#
}
