/// Dates as citations write them, each found with its precision and where it stands.
enum CitationDate {
    struct Found {
        var date: PartialDate
        var range: Range<String.Index>
        /// "2024年第4期" gives a year and an issue.
        var issue: String?
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The first Chinese date: 2024年3月21日, 2025 年 7 月 26 日, 2024年3月, 2024年第4期, 2024年.
    static func chinese(in s: String) -> Found? {
        guard s.contains("年") else { return nil }
        if let m = s.firstMatch(of: #/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/#),
           let d = PartialDate(year: Int(m.1)!, month: Int(m.2)!, day: Int(m.3)!) {
            return Found(date: d, range: m.range)
        }
        if let m = s.firstMatch(of: #/(\d{4})\s*年\s*(\d{1,2})\s*月/#),
           let d = PartialDate(year: Int(m.1)!, month: Int(m.2)!) {
            return Found(date: d, range: m.range)
        }
        if let m = s.firstMatch(of: #/(\d{4})\s*年\s*第\s*(\d{1,3})\s*期/#), let d = PartialDate(year: Int(m.1)!) {
            return Found(date: d, range: m.range, issue: String(m.2))
        }
        if let m = s.firstMatch(of: #/(\d{4})\s*年/#), let d = PartialDate(year: Int(m.1)!) {
            return Found(date: d, range: m.range)
        }
        return nil
    }

    /// The first English date: "March 21, 2024", "21 March 2024", "Sept. 2024", "May 2024".
    static func english(in s: String) -> Found? {
        var best: Found?
        func consider(_ f: Found) { if best == nil || f.range.lowerBound < best!.range.lowerBound { best = f } }
        for m in s.matches(of: #/(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/#) {
            if let month = months[m.1.lowercased()], let d = PartialDate(year: Int(m.3)!, month: month, day: Int(m.2)!) {
                consider(Found(date: d, range: m.range)); break
            }
        }
        for m in s.matches(of: #/(?i)\b(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/#) {
            if let month = months[m.2.lowercased()], let d = PartialDate(year: Int(m.3)!, month: month, day: Int(m.1)!) {
                consider(Found(date: d, range: m.range)); break
            }
        }
        if best == nil {
            for m in s.matches(of: #/(?i)\b([a-z]{3,9})\.?,?\s+(\d{4})\b/#) {
                if let month = months[m.1.lowercased()], let d = PartialDate(year: Int(m.2)!, month: month) {
                    consider(Found(date: d, range: m.range)); break
                }
            }
        }
        return best
    }

    /// ISO dates: 2024-03-21, 2024-03, also with dots or slashes (2024.03.21, 2024/03/21).
    static func iso(in s: String) -> Found? {
        if let m = s.firstMatch(of: #/\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/#),
           let d = PartialDate(year: Int(m.1)!, month: Int(m.2)!, day: Int(m.3)!) {
            return Found(date: d, range: m.range)
        }
        if let m = s.firstMatch(of: #/\b(\d{4})-(\d{1,2})\b(?!-)/#),
           let d = PartialDate(year: Int(m.1)!, month: Int(m.2)!) {
            return Found(date: d, range: m.range)
        }
        return nil
    }

    /// A bare year standing as its own component: ", 2022," or "2022."
    static func year(in s: String) -> Found? {
        for m in s.matches(of: #/\b((?:1[5-9]|20)\d{2})\b(?![-/.]\d)/#) {
            // Not the second half of a page range or a path ("pp. 1998-2010").
            if m.range.lowerBound > s.startIndex, "-/.".contains(s[s.index(before: m.range.lowerBound)]) { continue }
            if let d = PartialDate(year: Int(m.1)!) { return Found(date: d, range: m.range) }
        }
        return nil
    }

    /// Any date in the order a citation's own date is usually written.
    static func any(in s: String) -> Found? {
        chinese(in: s) ?? english(in: s) ?? iso(in: s)
    }
}
