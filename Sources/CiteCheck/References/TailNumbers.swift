/// Volume, issue and pages that English styles print without "vol." or "p.": APA's "*Journal, 31*(1),
/// 17–39" and "Article e0167475", Chicago's "Journal 111, no. 2 (April 2016): 170" and a note's
/// pinpoint after its parenthesis, "(New York: Penguin, 2016), 315–16". Hand-written scanners over a
/// citation's tail; pages keep the dash as printed.
enum TailNumbers {
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { CitationSegments.isDigit(c) }

    private static func digits(_ w: [Unicode.Scalar], _ i: Int) -> Int {
        var e = i
        while e < w.count, isDigit(w[e]) { e += 1 }
        return e
    }

    private static func spaces(_ w: [Unicode.Scalar], _ i: Int) -> Int { CitationSegments.skipSpace(w, i) }

    /// ", 31*(1)" or ", 21(11/12)": APA's volume and issue.
    static func apaVolumeIssue(_ w: [Unicode.Scalar]) -> (volume: String, issue: String)? {
        for i in w.indices where w[i] == "," {
            let v = spaces(w, i + 1)
            let ve = digits(w, v)
            guard ve > v, ve - v <= 4 else { continue }
            var p = ve
            if p < w.count, w[p] == "*" { p += 1 }
            guard p < w.count, w[p] == "(" else { continue }
            let s = p + 1
            var e = digits(w, s)
            guard e > s else { continue }
            if e < w.count, w[e] == "/" || w[e] == "–" || w[e] == "-" {
                let e2 = digits(w, e + 1)
                if e2 > e + 1 { e = e2 }
            }
            guard e < w.count, w[e] == ")" else { continue }
            return (String(scalars: w[v..<ve]), String(scalars: w[s..<e]))
        }
        return nil
    }

    /// "Philology 111, no. 2": Chicago's volume before "no.".
    static func chicagoVolume(_ w: [Unicode.Scalar]) -> String? {
        var i = 1
        while i < w.count {
            guard isDigit(w[i]), w[i - 1] == " " else { i += 1; continue }
            var b = i - 1
            while b > 0, w[b] == " " { b -= 1 }
            let e = digits(w, i)
            defer { i = e + 1 }
            guard w[b].properties.isAlphabetic || w[b] == "*", e - i <= 4, e < w.count, w[e] == "," else { continue }
            let n = spaces(w, e + 1)
            guard n + 3 < w.count, w[n] == "n", w[n + 1] == "o", w[n + 2] == "." else { continue }
            let d = spaces(w, n + 3)
            if d < w.count, isDigit(w[d]) { return String(scalars: w[i..<e]) }
        }
        return nil
    }

    /// "), 315–16", "): 170", "), Article e0167475": the pages after a parenthesis.
    static func pagesAfterParenthesis(_ w: [Unicode.Scalar]) -> String? {
        for i in w.indices where w[i] == ")" {
            var p = spaces(w, i + 1)
            guard p < w.count, w[p] == "," || w[p] == ":" else { continue }
            p = spaces(w, p + 1)
            let article = Array("Article ".unicodeScalars)
            if p + article.count <= w.count, Array(w[p..<(p + article.count)]) == article { p = spaces(w, p + article.count) }
            var s = p
            if s < w.count, w[s] == "e" || w[s] == "E" { s += 1 }
            var e = digits(w, s)
            guard e > s else { continue }
            if e + 1 < w.count, w[e] == "–" || w[e] == "-", isDigit(w[e + 1]) { e = digits(w, e + 1) }
            // A whole number: not the start of a word ("2016a") or a longer token.
            if e < w.count, w[e].properties.isAlphabetic { continue }
            return String(scalars: w[p..<e])
        }
        return nil
    }
}
