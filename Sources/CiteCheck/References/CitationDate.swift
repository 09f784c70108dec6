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
        guard s.has("年") else { return nil }
        if let m = Pattern.chineseDay.firstMatch(in: s),
           let d = PartialDate(year: Int(m[1]!)!, month: Int(m[2]!)!, day: Int(m[3]!)!) {
            return Found(date: d, range: m.range)
        }
        if let m = Pattern.chineseMonth.firstMatch(in: s),
           let d = PartialDate(year: Int(m[1]!)!, month: Int(m[2]!)!) {
            return Found(date: d, range: m.range)
        }
        if let m = Pattern.chineseYearIssue.firstMatch(in: s), let d = PartialDate(year: Int(m[1]!)!) {
            return Found(date: d, range: m.range, issue: String(m[2]!))
        }
        if let m = Pattern.chineseYear.firstMatch(in: s), let d = PartialDate(year: Int(m[1]!)!) {
            return Found(date: d, range: m.range)
        }
        return nil
    }

    /// The first English date: "March 21, 2024", "21 March 2024", "Sept. 2024", "May 2024".
    static func english(in s: String) -> Found? {
        guard mentionsMonth(s) else { return nil }
        var best: Found?
        func consider(_ f: Found) { if best == nil || f.range.lowerBound < best!.range.lowerBound { best = f } }
        for m in Pattern.englishMonthDayYear.matches(in: s) {
            if let month = months[m[1]!.lowercased()], let d = PartialDate(year: Int(m[3]!)!, month: month, day: Int(m[2]!)!) {
                consider(Found(date: d, range: m.range)); break
            }
        }
        for m in Pattern.englishDayMonthYear.matches(in: s) {
            if let month = months[m[2]!.lowercased()], let d = PartialDate(year: Int(m[3]!)!, month: month, day: Int(m[1]!)!) {
                consider(Found(date: d, range: m.range)); break
            }
        }
        if best == nil {
            for m in Pattern.englishMonthYear.matches(in: s) {
                if let month = months[m[1]!.lowercased()], let d = PartialDate(year: Int(m[2]!)!, month: month) {
                    consider(Found(date: d, range: m.range)); break
                }
            }
        }
        return best
    }

    /// A cheap test run before the month regexes: does any ASCII word name a month?
    static func mentionsMonth(_ s: String) -> Bool {
        var word: [UInt8] = []
        for b in s.utf8 + [0x20] {
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                if word.count < 10 { word.append(b | 0x20) }
            } else {
                if (3...9).contains(word.count), months[String(decoding: word, as: UTF8.self)] != nil { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    /// ISO dates: 2024-03-21, 2024-03, also with dots or slashes (2024.03.21, 2024/03/21).
    static func iso(in s: String) -> Found? {
        guard hasISOShape(s) else { return nil }
        if let m = Pattern.isoDay.firstMatch(in: s),
           let d = PartialDate(year: Int(m[1]!)!, month: Int(m[2]!)!, day: Int(m[3]!)!) {
            return Found(date: d, range: m.range)
        }
        if let m = Pattern.isoMonth.firstMatch(in: s),
           let d = PartialDate(year: Int(m[1]!)!, month: Int(m[2]!)!) {
            return Found(date: d, range: m.range)
        }
        return nil
    }

    /// A bare year standing as its own component: ", 2022," or "2022."
    static func year(in s: String) -> Found? {
        guard hasYearDigits(s) else { return nil }
        for m in Pattern.bareYear.matches(in: s) {
            // Not the second half of a page range or a path ("pp. 1998-2010").
            if m.range.lowerBound > s.startIndex, "-/.".contains(s[s.index(before: m.range.lowerBound)]) { continue }
            if let d = PartialDate(year: Int(m[1]!)!) { return Found(date: d, range: m.range) }
        }
        return nil
    }

    /// A cheap test run before the ISO regexes, which were a tenth of parsing an English list: four
    /// digits, then "-", "." or "/", then a digit. A digit is what the regexes' `\d` takes, any
    /// Unicode decimal digit.
    static func hasISOShape(_ s: String) -> Bool {
        var run = 0
        var separated = false
        for scalar in s.unicodeScalars {
            let digit = scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType == .decimal
            if separated && digit { return true }
            separated = run >= 4 && (scalar == "-" || scalar == "." || scalar == "/")
            run = digit ? run + 1 : 0
        }
        return false
    }

    /// A cheap test run before the year regex: four digits starting 15–20 in a row.
    static func hasYearDigits(_ s: String) -> Bool {
        var run = 0
        var first: UInt8 = 0, second: UInt8 = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if run == 0 { first = b } else if run == 1 { second = b }
                run += 1
                if run == 4, (first == 0x31 && second >= 0x35) || (first == 0x32 && second == 0x30) { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// Any date in the order a citation's own date is usually written.
    static func any(in s: String) -> Found? {
        chinese(in: s) ?? english(in: s) ?? iso(in: s)
    }
}

/// Compiled once, when first used.
private enum Pattern {
    static let chineseDay = TextPattern(#"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#)
    static let chineseMonth = TextPattern(#"(\d{4})\s*年\s*(\d{1,2})\s*月"#)
    static let chineseYearIssue = TextPattern(#"(\d{4})\s*年\s*第\s*(\d{1,3})\s*期"#)
    static let chineseYear = TextPattern(#"(\d{4})\s*年"#)
    static let englishMonthDayYear = TextPattern(#"(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#)
    static let englishDayMonthYear = TextPattern(#"(?i)\b(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b"#)
    static let englishMonthYear = TextPattern(#"(?i)\b([a-z]{3,9})\.?,?\s+(\d{4})\b"#)
    static let isoDay = TextPattern(#"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b"#)
    static let isoMonth = TextPattern(#"\b(\d{4})-(\d{1,2})\b(?!-)"#)
    static let bareYear = TextPattern(#"\b((?:1[5-9]|20)\d{2})\b(?![-/.]\d)"#)
}
