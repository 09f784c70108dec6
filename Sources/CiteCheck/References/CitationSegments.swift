/// Hand-written scanners over a citation's folded scalars (`CitationFields.work`) for the styles that
/// separate their elements with full stops: GB/T 7714 and Vancouver/NLM.
enum CitationSegments {
    /// Where the element starting at `from` ends: the first "." or "。" followed by a space (or the
    /// end) outside brackets, that is not the last dot of an abbreviation such as "U.S.", nor an
    /// initial written with a dot ("Smith J. A." keeps "J."). `limit` bounds the search.
    static func stop(_ w: [Unicode.Scalar], from: Int, limit: Int? = nil, dottedInitials: Bool = false) -> Int? {
        let end = min(limit ?? w.count, w.count)
        var depth = 0
        var i = from
        while i < end {
            let c = w[i]
            switch c {
            case "(", "[", "“", "《", "<": depth += 1
            case ")", "]", "”", "》", ">": depth = max(0, depth - 1)
            case "。":
                if depth == 0 { return i }
            case ".":
                if depth == 0, i + 1 == w.count || w[i + 1] == " " || w[i + 1] == "\t" {
                    if !isAbbreviation(w, dot: i, dottedInitials: dottedInitials) { return i }
                }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// "U.S." (a letter after a dot), "et al." stays a stop; with `dottedInitials`, "J." too.
    static func isAbbreviation(_ w: [Unicode.Scalar], dot: Int, dottedInitials: Bool) -> Bool {
        guard dot >= 1, w[dot - 1].properties.isAlphabetic else { return false }
        let before = dot >= 2 ? w[dot - 2] : " "
        if before == "." { return true }
        if dottedInitials, before == " " || before == "-" || before == "(", w[dot - 1].properties.isUppercase { return true }
        return false
    }

    /// The offset of the first scalar at or after `i` that is not a space.
    static func skipSpace(_ w: [Unicode.Scalar], _ i: Int) -> Int {
        var i = i
        while i < w.count, w[i] == " " || w[i] == "\t" { i += 1 }
        return i
    }

    /// The offset of `needle` in `w` at or after `from`, before `limit`.
    static func find(_ needle: String, in w: [Unicode.Scalar], from: Int, limit: Int? = nil) -> Int? {
        let n = Array(needle.unicodeScalars)
        let end = min(limit ?? w.count, w.count)
        guard !n.isEmpty, end - n.count >= from else { return nil }
        var i = from
        while i + n.count <= end {
            if w[i] == n[0], Array(w[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    /// Four digits of a plausible year (1500–2099) at `i`, not inside a longer number.
    static func year(at i: Int, in w: [Unicode.Scalar]) -> Int? {
        guard i >= 0, i + 4 <= w.count else { return nil }
        if i > 0, isDigit(w[i - 1]) { return nil }
        if i + 4 < w.count, isDigit(w[i + 4]) { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard isDigit(w[k]) else { return nil }
            v = v * 10 + Int(w[k].value - 48)
        }
        return (1500...2099).contains(v) ? v : nil
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// A document number a style appends to a title after a colon: "GB/T 7714—2015", "ISO 690:2021",
    /// "A/RES/78/311", "EUR 30113 EN", "CN106698032A", "No. 35" — a digit and no lower-case word.
    static func looksLikeNumber(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: " ")
        guard !t.isEmpty, t.unicodeScalars.count <= 40, t.unicodeScalars.contains(where: isDigit) else { return false }
        if t.contains(where: LineJoiner.isCJK) { return false }
        var run = 0
        for c in t.unicodeScalars {
            if c.properties.isLowercase { run += 1; if run >= 3 { return false } } else { run = 0 }
        }
        return true
    }

    /// The year a citation gives as its own element: ", 2002," or "(2002)" wins over one inside a
    /// name ("Conference 2021", "ISO 690:2021", "GB/T 7714—2015").
    static func standaloneYear(in s: String) -> Int? { standaloneYearAt(in: s)?.year }

    /// The same, with the scalar offset where the year stands.
    static func standaloneYearAt(in s: String) -> (year: Int, at: Int)? {
        let w = Array(s.unicodeScalars)
        var firstAny: (year: Int, at: Int)?
        var firstOpen: (year: Int, at: Int)?
        var i = 0
        while i + 4 <= w.count {
            if let y = year(at: i, in: w) {
                var b = i - 1
                while b >= 0, w[b] == " " { b -= 1 }
                let before: Unicode.Scalar = b >= 0 ? w[b] : ","
                let after: Unicode.Scalar = i + 4 < w.count ? w[i + 4] : "."
                let opens = before == "," || before == "(" || before == "." || before == ";" || before == "[" || (b < i - 1 && before == ":")
                let closes = after == "," || after == "." || after == ")" || after == ";" || after == " " || after == "[" || after == ":"
                if opens && closes && before != ":" { return (y, i) }
                if opens, firstOpen == nil { firstOpen = (y, i) }
                if firstAny == nil, !(before == "-" || before == "—" || before == "–" || before == "/" || (before == ":" && b == i - 1)) { firstAny = (y, i) }
                i += 4
                continue
            }
            i += 1
        }
        return firstOpen ?? firstAny
    }
}
