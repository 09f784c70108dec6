/// A comma inside a name or title rather than between elements: the Oxford series of
/// "Content Drift, Trust, and Accountability" or "National Academies of Sciences, Engineering, and
/// Medicine", and the span of "The State of Link Decay, 2010 to 2024". A hand-written scanner over
/// the folded scalars.
enum SeriesComma {
    static func isInside(_ w: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < w.count, w[i] == ",", i > 0, w[i - 1].properties.isAlphabetic || CitationSegments.isDigit(w[i - 1]) else { return false }
        let j = CitationSegments.skipSpace(w, i + 1)
        guard j > i + 1 else { return false }
        // "…, 2010 to 2024".
        if CitationSegments.year(at: j, in: w) != nil, matches(" to ", in: w, at: j + 4), CitationSegments.year(at: j + 8, in: w) != nil {
            return true
        }
        guard capitalisedWordBefore(w, i) else { return false }
        // "…, Trust, and Accountability", "…, and Medicine": at most one capitalised group, then the
        // last after "and" (a longer run is more likely an author, then a title with its own series).
        var k = j
        for _ in 0..<2 {
            if matches("and ", in: w, at: k) {
                return group(w, at: k + 4) != nil
            }
            guard let e = group(w, at: k), e < w.count, w[e] == ",", e + 1 < w.count, w[e + 1] == " " else { return false }
            k = e + 2
        }
        return false
    }

    /// The end of one to four capitalised words of letters ("Engineering", "Public Health"), not an
    /// initial ("K."), followed by a comma, full stop, parenthesis, space or the end.
    private static func group(_ w: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start
        var words = 0
        while words < 4 {
            guard i < w.count, w[i].properties.isUppercase else { break }
            var e = i
            while e < w.count, w[e].properties.isAlphabetic || w[e] == "-" || w[e] == "'" { e += 1 }
            guard e - i >= 2 else { return nil }
            words += 1
            i = e
            if i < w.count, w[i] == " ", i + 1 < w.count, w[i + 1].properties.isUppercase { i += 1; continue }
            break
        }
        return words == 0 ? nil : i
    }

    private static func capitalisedWordBefore(_ w: [Unicode.Scalar], _ i: Int) -> Bool {
        var s = i
        while s > 0, w[s - 1].properties.isAlphabetic { s -= 1 }
        return s < i && i - s >= 2 && w[s].properties.isUppercase
    }

    private static func matches(_ s: String, in w: [Unicode.Scalar], at i: Int) -> Bool {
        let n = Array(s.unicodeScalars)
        guard i >= 0, i + n.count <= w.count else { return false }
        return Array(w[i..<(i + n.count)]) == n
    }
}
