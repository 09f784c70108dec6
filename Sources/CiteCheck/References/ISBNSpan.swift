/// "ISBN 978-0-2015-3082-7", "ISBN-10: 0-19-852663-6": where an ISBN stands in a citation, so its
/// digits are never read as a year, a date or pages. A hand-written scanner over folded scalars.
enum ISBNSpan {
    static func find(in w: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let mark = Array("ISBN".unicodeScalars)
        var i = 0
        while i + mark.count <= w.count {
            guard w[i] == "I", Array(w[i..<(i + mark.count)]) == mark else { i += 1; continue }
            var j = i + mark.count
            // "-10", "-13", ":", spaces.
            if j + 2 < w.count, w[j] == "-", w[j + 1] == "1", w[j + 2] == "0" || w[j + 2] == "3" { j += 3 }
            while j < w.count, w[j] == ":" || w[j] == " " { j += 1 }
            var digits = 0
            var e = j
            var last = j
            while e < w.count, digits < 13 {
                let c = w[e]
                if CitationSegments.isDigit(c) || ((c == "X" || c == "x") && digits == 9) {
                    digits += 1
                    last = e + 1
                } else if !(c == "-" || c == " " || c == "‐" || c == "–") {
                    break
                }
                e += 1
            }
            if digits == 10 || digits == 13 { out.append(i..<last) }
            i = max(last, i + mark.count)
        }
        return out
    }
}
