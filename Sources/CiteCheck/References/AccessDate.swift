/// The date a cited page was accessed: "[2025-03-09]", "(accessed March 3, 2025)",
/// "Retrieved March 3, 2025, from", "访问日期：2025年3月1日", "[引用日期2025-03-01]", "[cited 2025 Mar 3]".
enum AccessDate {
    struct Found {
        var date: PartialDate?
        /// The text matched, so the caller can remove it before looking for the publication date.
        var range: Range<String.Index>
        var text: String
    }

    static func find(in s: String) -> Found? {
        // Vancouver/NLM: "[cited 2025 Mar 3]", an access date, not the publication date.
        if let cited = s.byteRange(of: "[cited ") ?? s.byteRange(of: "[Cited "), let close = s[cited.upperBound...].firstIndex(of: "]") {
            let inner = String(s[cited.upperBound..<close])
            if let found = VancouverDate.find(in: Array(inner.unicodeScalars)), found.date.precision == .day {
                return Found(date: found.date, range: cited.lowerBound..<s.index(after: close), text: inner)
            }
        }
        // A bracketed date; in GB/T 7714 "(2017-07-20)[2025-03-01]" the bracket is the access date.
        if s.has("["), let m = Pattern.bracketed.matches(in: s).last {
            return Found(date: parse(String(m[1]!)), range: m.range, text: String(m[1]!))
        }
        if mentionsAccess(s), let m = Pattern.accessedPhrase.firstMatch(in: s) {
            return Found(date: parse(String(m[1]!)), range: m.range, text: String(m[1]!))
        }
        if s.has("日期") || s.has("时间"), let m = Pattern.chineseAccessLabel.firstMatch(in: s) {
            return Found(date: parse(String(m[1]!)), range: m.range, text: String(m[1]!))
        }
        return nil
    }

    private static func mentionsAccess(_ s: String) -> Bool {
        ["accessed", "retrieved", "viewed", "visited", "consulted"].contains { s.hasIgnoringASCIICase($0) }
    }

    /// Only a full day counts as an access date; anything else stays in the raw text.
    static func parse(_ text: String) -> PartialDate? {
        guard let found = CitationDate.any(in: text), found.date.precision == .day else { return nil }
        return found.date
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let bracketed = TextPattern(#"\[\s*(?:引用日期|访问日期|检索日期|accessed)?\s*:?\s*(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\]"#)
    static let accessedPhrase = TextPattern(#"(?i)\(?\b(?:last\s+)?(?:accessed|retrieved|viewed|visited|consulted)(?:\s+on)?\s*:?\s*([^()\[\]]*?\d{4}(?:[-./]\d{1,2}[-./]\d{1,2})?)(?:\s*,?\s*from\b)?\s*\)?"#)
    static let chineseAccessLabel = TextPattern(#"(?:访问|引用|检索|浏览|登录)(?:日期|时间)\s*[:：]?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"#)
}
