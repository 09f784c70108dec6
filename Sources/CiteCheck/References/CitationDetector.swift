/// Decides whether a note's text cites a work or only comments.
enum CitationDetector {
    static func isCitation(_ raw: String) -> Bool {
        let s = String(scalars: raw.unicodeScalars.map(CitationText.fold))
        if s.has("http://") || s.has("https://") || DOIExtractor.find(in: s) != nil { return true }
        let hasYear = CitationDate.year(in: s) != nil || CitationDate.chinese(in: s) != nil
        if Pattern.gbtTypeTag.firstMatch(in: s) != nil { return true }
        let opensWithSee = s.hasPrefix("参见") || s.hasPrefix("参阅") || s.hasPrefix("See ") || s.hasPrefix("Cf.")
        // Prose explains in several sentences; a citation is one run of fields.
        let sentences = s.filter { $0 == "。" }.count
        if sentences >= 2 && !opensWithSee { return false }
        if s.has("《") && s.has("》") {
            return hasYear && (opensWithSee || s.has("期") || s.has("页") || s.has("网")
                || s.has("出版") || CitationDate.chinese(in: s)?.date.precision == .day
                || s.hasPrefix("《") || Pattern.titleAfterShortPrefix.firstMatch(in: s) != nil)
        }
        let quoted = s.has("“") || s.has("\"") || s.has("*")
        return quoted && hasYear
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let gbtTypeTag = TextPattern(#"\[(?:J|M|C|D|R|N|S|P|Z|A|G|EB/OL|J/OL|M/OL|DB/OL|N/OL)\]"#)
    static let titleAfterShortPrefix = TextPattern(#"^[^《]{1,40}《"#)
}
