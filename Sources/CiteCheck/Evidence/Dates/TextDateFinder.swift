/// Finds calendar dates written out in running text, in the forms pages in English, Chinese,
/// Japanese, German, French, Spanish, Italian, Portuguese, Dutch and Russian use beside a headline
/// or in a byline: "March 11, 2020", "jueves 2 de abril de 2020", "22. Oktober 2019", "12 mars 2021",
/// "2020年07月12日", "2020-07-12", "13.04.2020", "12 марта 2021 г.". Each hit keeps its character
/// offset and the text just before it, so a caller can read labels such as "Updated".
/// A hand-written token scanner: month names in ten languages do not fit one tidy pattern, and
/// issue #17 keeps NSRegularExpression out.
enum TextDateFinder {
    struct Hit: Hashable, Sendable {
        var date: PartialDate
        /// Character offset of the date's first character in the text.
        var offset: Int
        /// Up to 40 characters before the date on the same line, lower-cased.
        var before: String
    }

    static let monthNames: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
            ["jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        ]
        for list in lists { for (i, name) in list.enumerated() where table[name] == nil { table[name] = i + 1 } }
        table["jänner"] = 1
        table["setiembre"] = 9
        return table
    }()

    private enum Token {
        case number(Int, digits: Int)
        /// Where the word is in the characters read; lower-cased only when a match looks at it.
        case word(Range<Int>)
        case mark(Character)
    }

    private struct Located {
        var token: Token
        var offset: Int
    }

    private static let cjkMarks: Set<Character> = ["年", "月", "日", "号"]

    static func find(in text: String, from start: Int = 0, limit: Int = .max) -> [Hit] {
        // Only the window is read, with the 40 characters before it that a hit's `before` may take:
        // a page's main text is read several times, each for a few hundred characters.
        let lo = max(0, start - 40)
        let rest = text.dropFirst(lo)
        let chars = limit == .max ? Array(rest) : Array(rest.prefix(max(0, start + limit - lo)))
        let end = chars.count
        var tokens: [Located] = []
        var i = max(0, start) - lo
        while i < end {
            let ch = chars[i]
            if let byte = asciiByte(ch) {
                switch byte {
                case 0x30...0x39:
                    let s = i
                    var n = 0
                    while i < end, chars[i].isASCIIDigit, i - s < 9 { n = n * 10 + Int(chars[i].asciiValue! - 48); i += 1 }
                    while i < end, chars[i].isASCIIDigit { i += 1 }
                    tokens.append(.init(token: .number(n, digits: i - s), offset: s + lo))
                case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "\n"):
                    tokens.append(.init(token: .mark(ch), offset: i + lo))
                    i += 1
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    let s = i
                    while i < end, isWordLetter(chars[i]) { i += 1 }
                    tokens.append(.init(token: .word(s..<i), offset: s + lo))
                case 0x09, 0x0B, 0x0C, 0x0D, 0x20:
                    i += 1
                default:
                    tokens.append(.init(token: .mark(ch), offset: i + lo))
                    i += 1
                }
            } else if cjkMarks.contains(ch) {
                tokens.append(.init(token: .mark(ch), offset: i + lo))
                i += 1
            } else if ch.isLetter, !isHan(ch) {
                let s = i
                while i < end, isWordLetter(chars[i]) { i += 1 }
                tokens.append(.init(token: .word(s..<i), offset: s + lo))
            } else {
                if !ch.isWhitespace { tokens.append(.init(token: .mark(ch), offset: i + lo)) }
                i += 1
            }
        }
        // Every date has a number at its start or (after a month name and a stop) two tokens on.
        func isNumber(_ j: Int) -> Bool {
            guard j < tokens.count, case .number = tokens[j].token else { return false }
            return true
        }
        var hits: [Hit] = []
        var k = 0
        while k < tokens.count {
            if isNumber(k) || isNumber(k + 1) || isNumber(k + 2), let (date, used) = match(tokens, k, chars) {
                let offset = tokens[k].offset
                var b = offset
                while b > 0, offset - b < 40, chars[b - 1 - lo] != "\n" { b -= 1 }
                hits.append(Hit(date: date, offset: offset, before: String(chars[(b - lo)..<(offset - lo)]).lowercased()))
                k += used
            } else {
                k += 1
            }
        }
        return hits
    }

    /// The byte of a one-byte (ASCII) Character; nil for any other, "\r\n" included.
    @inline(__always)
    private static func asciiByte(_ ch: Character) -> UInt8? {
        let bytes = ch.utf8
        return bytes.count == 1 ? bytes.first : nil
    }

    @inline(__always)
    private static func isWordLetter(_ ch: Character) -> Bool {
        if let byte = asciiByte(ch) { return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        return ch.isLetter && !isHan(ch)
    }

    private static func isHan(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(v) || (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    private static func match(_ t: [Located], _ k: Int, _ chars: [Character]) -> (PartialDate, Int)? {
        func tok(_ j: Int) -> Token? { k + j < t.count ? t[k + j].token : nil }
        func num(_ j: Int) -> (Int, Int)? { if case .number(let n, let d)? = tok(j) { return (n, d) }; return nil }
        func mark(_ j: Int) -> Character? { if case .mark(let c)? = tok(j) { return c }; return nil }
        func word(_ j: Int) -> String? { if case .word(let r)? = tok(j) { return String(chars[r]).lowercased() }; return nil }
        func month(_ j: Int) -> Int? { word(j).flatMap { monthNames[$0] } }
        func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? {
            guard (1990...2100).contains(y) else { return nil }
            return PartialDate(year: y, month: m, day: d)
        }

        if let (y, yd) = num(0), yd == 4 {
            // 2020年07月12日 · 2020-07-12 · 2020/07/12 · 2020.07.12
            if mark(1) == "年", let (m, _) = num(2), mark(3) == "月", let (d, _) = num(4), let date = day(y, m, d) {
                return (date, mark(5) == "日" || mark(5) == "号" ? 6 : 5)
            }
            if let sep = mark(1), "-/.".contains(sep), let (m, md) = num(2), md <= 2, mark(3) == sep, let (d, dd) = num(4), dd <= 2,
               let date = day(y, m, d) {
                return (date, 5)
            }
            return nil
        }
        if let (d, dd) = num(0), dd <= 2 {
            // 13.04.2020 · 13/04/2020 (day first outside English; month first when the day cannot be a month)
            if let sep = mark(1), ".-/".contains(sep), let (m, md) = num(2), md <= 2, mark(3) == sep, let (y, yd) = num(4), yd == 4 {
                if sep == "/", d <= 12, m > 12, let date = day(y, d, m) { return (date, 5) }
                if let date = day(y, m, d) { return (date, 5) }
                return nil
            }
            // 22. Oktober 2019 · 2 de abril de 2020 · 12 mars 2021 · 12 марта 2021 · 3rd March 2020
            var j = 1
            if mark(j) == "." { j += 1 }
            if let w = word(j), ["st", "nd", "rd", "th", "er"].contains(w) { j += 1 }
            if word(j) == "de" { j += 1 }
            if let m = month(j) {
                j += 1
                if mark(j) == "." { j += 1 }
                if word(j) == "de" || word(j) == "del" { j += 1 }
                if mark(j) == "," { j += 1 }
                if let (y, yd) = num(j), yd == 4, let date = day(y, m, d) { return (date, j + 1) }
            }
            return nil
        }
        // March 11, 2020 · Mar. 11 2020 · September 3rd, 2020
        if let m = month(0) {
            var j = 1
            if mark(j) == "." { j += 1 }
            guard let (d, dd) = num(j), dd <= 2 else { return nil }
            j += 1
            if let w = word(j), ["st", "nd", "rd", "th"].contains(w) { j += 1 }
            if mark(j) == "," { j += 1 }
            if let (y, yd) = num(j), yd == 4, let date = day(y, m, d) { return (date, j + 1) }
        }
        return nil
    }
}
