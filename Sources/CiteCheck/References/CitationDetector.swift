/// Decides whether a note's text cites a work or only comments.
enum CitationDetector {
    static func isCitation(_ raw: String) -> Bool {
        let s = String(raw.map(CitationText.fold))
        if s.contains("http://") || s.contains("https://") || DOIExtractor.find(in: s) != nil { return true }
        let hasYear = CitationDate.year(in: s) != nil || CitationDate.chinese(in: s) != nil
        if s.firstMatch(of: Pattern.gbtTypeTag) != nil { return true }
        let opensWithSee = s.hasPrefix("参见") || s.hasPrefix("参阅") || s.hasPrefix("See ") || s.hasPrefix("Cf.")
        // Prose explains in several sentences; a citation is one run of fields.
        let sentences = s.filter { $0 == "。" }.count
        if sentences >= 2 && !opensWithSee { return false }
        if s.contains("《") && s.contains("》") {
            return hasYear && (opensWithSee || s.contains("期") || s.contains("页") || s.contains("网")
                || s.contains("出版") || CitationDate.chinese(in: s)?.date.precision == .day
                || s.hasPrefix("《") || s.firstMatch(of: Pattern.titleAfterShortPrefix) != nil)
        }
        let quoted = s.contains("“") || s.contains("\"") || s.contains("*")
        return quoted && hasYear
    }
}

/// Compiled once: a regex literal is parsed again each time it is evaluated.
private enum Pattern {
    nonisolated(unsafe) static let gbtTypeTag = #/\[(?:J|M|C|D|R|N|S|P|Z|A|G|EB/OL|J/OL|M/OL|DB/OL|N/OL)\]/#
    nonisolated(unsafe) static let titleAfterShortPrefix = #/^[^《]{1,40}《/#
}
