/// Reads the date formats pages use for themselves: ISO 8601 with or without time and offset,
/// "2024/09/20", "20240920", gov.cn's "2024-12-04-19:02:11", "2024年9月20日", "September 20, 2024",
/// "20 Sep 2024", RFC 1123 (HTTP headers) and PDF's "D:20240920103000+08'00'".
/// Impossible dates yield nil rather than a guess.
enum DateTextParser {
    struct Parsed: Hashable, Sendable {
        var date: PartialDate
        var minuteOfDay: Int?
        var offsetMinutes: Int?
    }

    static func parse(_ text: String) -> Parsed? {
        var s = Substring(text.trimmed)
        if s.hasPrefix("D:") { s = s.dropFirst(2) }
        guard !s.isEmpty, s.count < 80 else { return nil }
        if s.contains("年" as Character) { return chinese(s) }
        if s.prefix(4).allSatisfy(\.isASCIIDigit) && s.count >= 4 { return numeric(s) }
        return named(s)
    }

    // MARK: numeric, year first

    private static func numeric(_ s: Substring) -> Parsed? {
        var c = Cursor(s)
        guard let year = c.digits(exactly: 4) else { return nil }
        var month: Int?
        var day: Int?
        if c.peekIsDigit {
            // Compact: YYYYMM, YYYYMMDD, YYYYMMDDHHmm[ss] (PDF and some CMSs).
            guard let m = c.digits(exactly: 2) else { return nil }
            month = m
            if c.peekIsDigit {
                guard let d = c.digits(exactly: 2) else { return nil }
                day = d
            }
            if let date = PartialDate(year: year, month: month, day: day), date.precision == .day,
               c.peekIsDigit || c.peek == "T" {
                _ = c.skip("T")
                let hour = c.digits(exactly: 2)
                let minute = c.digits(exactly: 2) ?? 0
                _ = c.digits(exactly: 2)
                guard let hour, hour < 24, minute < 60 else { return Parsed(date: date) }
                return Parsed(date: date, minuteOfDay: hour * 60 + minute, offsetMinutes: c.offset())
            }
            return PartialDate(year: year, month: month, day: day).map { Parsed(date: $0) }
        }
        let separators: Set<Character> = ["-", "/", "."]
        if let sep = c.peek, separators.contains(sep) {
            c.advance()
            month = c.digits(upTo: 2)
            guard month != nil else { return nil }
            if c.peek == sep, c.peekIsDigit(at: 1) {
                c.advance()
                day = c.digits(upTo: 2)
            }
        }
        guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
        guard date.precision == .day else { return c.atEndOrSpace ? Parsed(date: date) : nil }
        return Parsed(date: date, time: &c)
    }

    // MARK: 2024年9月20日 10:30

    private static func chinese(_ s: Substring) -> Parsed? {
        var c = Cursor(s)
        c.skipSpaces()
        guard let year = c.digits(exactly: 4) else { return nil }
        c.skipSpaces()
        guard c.skip("年") else { return nil }
        c.skipSpaces()
        guard let month = c.digits(upTo: 2) else { return PartialDate(year: year).map { Parsed(date: $0) } }
        c.skipSpaces()
        guard c.skip("月") else { return nil }
        c.skipSpaces()
        guard let day = c.digits(upTo: 2) else { return PartialDate(year: year, month: month).map { Parsed(date: $0) } }
        c.skipSpaces()
        _ = c.skip("日") || c.skip("号")
        guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
        return Parsed(date: date, time: &c)
    }

    // MARK: September 20, 2024 · 20 Sep 2024 · Fri, 20 Sep 2024 10:00:00 GMT

    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    private static func named(_ s: Substring) -> Parsed? {
        var c = Cursor(s)
        var month: Int?
        var day: Int?
        var year: Int?
        while !c.atEnd, year == nil {
            if c.peekIsDigit {
                let n = c.digitRun()
                if n.count == 4, month != nil { year = Int(n) } else if n.count <= 2, day == nil { day = Int(n) } else { return nil }
            } else if c.peekIsLetter {
                let word = c.letterRun().lowercased()
                if let m = months[String(word.prefix(3))], month == nil, word.count >= 3 { month = m }
            } else {
                c.advance()
            }
        }
        guard let year, let date = PartialDate(year: year, month: month, day: day) else { return nil }
        guard date.precision == .day else { return Parsed(date: date) }
        return Parsed(date: date, time: &c)
    }
}

extension DateTextParser.Parsed {
    init(date: PartialDate) { self.init(date: date, minuteOfDay: nil, offsetMinutes: nil) }

    /// Reads an optional "T10:30[:00[.000]][Z|+08:00]" (also " 10:30", "-19:02:11", " 10:30 GMT").
    fileprivate init(date: PartialDate, time c: inout DateTextParser.Cursor) {
        self.init(date: date)
        var probe = c
        while let ch = probe.peek, ch == "T" || ch == " " || ch == "-" || ch == "," { probe.advance() }
        guard let hour = probe.digits(upTo: 2), probe.skip(":"), let minute = probe.digits(exactly: 2),
              hour < 24, minute < 60 else { return }
        if probe.skip(":") { _ = probe.digits(exactly: 2) }
        if probe.skip(".") || probe.skip(",") { _ = probe.digitRun() }
        minuteOfDay = hour * 60 + minute
        probe.skipSpaces()
        offsetMinutes = probe.offset()
        c = probe
    }
}

extension DateTextParser {
    /// A tiny scanner over characters; dates are short, so simplicity beats speed here.
    fileprivate struct Cursor {
        let chars: [Character]
        var i = 0
        init(_ s: Substring) { chars = Array(s) }

        var atEnd: Bool { i >= chars.count }
        var peek: Character? { atEnd ? nil : chars[i] }
        var peekIsDigit: Bool { peek?.isASCIIDigit ?? false }
        var peekIsLetter: Bool { peek?.isLetter ?? false }
        var atEndOrSpace: Bool { atEnd || chars[i].isWhitespace }
        func peekIsDigit(at offset: Int) -> Bool { i + offset < chars.count && chars[i + offset].isASCIIDigit }
        mutating func advance() { i += 1 }
        mutating func skip(_ ch: Character) -> Bool {
            guard peek == ch else { return false }
            i += 1
            return true
        }
        mutating func skipSpaces() { while let ch = peek, ch.isWhitespace { i += 1 } }
        mutating func digitRun() -> String {
            var s = ""
            while let ch = peek, ch.isASCIIDigit { s.append(ch); i += 1 }
            return s
        }
        mutating func letterRun() -> String {
            var s = ""
            while let ch = peek, ch.isLetter { s.append(ch); i += 1 }
            return s
        }
        mutating func digits(exactly n: Int) -> Int? {
            guard i + n <= chars.count, chars[i..<i + n].allSatisfy(\.isASCIIDigit) else { return nil }
            defer { i += n }
            return Int(String(chars[i..<i + n]))
        }
        mutating func digits(upTo n: Int) -> Int? {
            var s = ""
            while s.count < n, let ch = peek, ch.isASCIIDigit { s.append(ch); i += 1 }
            return s.isEmpty ? nil : Int(s)
        }
        /// "Z", "GMT", "UTC", "+08:00", "+0800", "+08", "-04'00'" (PDF) → minutes east of UTC.
        mutating func offset() -> Int? {
            if skip("Z") { return 0 }
            let rest = String(chars[i...].prefix(3)).uppercased()
            if rest == "GMT" || rest == "UTC" {
                i += 3
                if peek == "+" || peek == "-" { return signedOffset() }
                return 0
            }
            return signedOffset()
        }
        private mutating func signedOffset() -> Int? {
            guard let sign = peek, sign == "+" || sign == "-" else { return nil }
            var probe = self
            probe.advance()
            guard let hours = probe.digits(exactly: 2) ?? probe.digits(upTo: 1), hours <= 14 else { return nil }
            _ = probe.skip(":") || probe.skip("'")
            let minutes = probe.digits(exactly: 2) ?? 0
            _ = probe.skip("'")
            guard minutes < 60 else { return nil }
            self = probe
            return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
