/// Vancouver/NLM dates: "2019 Apr 5", "2019 Apr", "2019Apr5" (as some processors print them),
/// "2019 Apr-Jun" (the first month counts). A hand-written scanner.
enum VancouverDate {
    struct Found {
        var date: PartialDate
        /// Scalar offsets of the date in the scanned text.
        var range: Range<Int>
    }

    /// The first year that a month abbreviation follows, or else the first year followed by ";" or
    /// the end of an element.
    static func find(in w: [Unicode.Scalar], from: Int = 0) -> Found? {
        var i = from
        while i + 4 <= w.count {
            guard let year = CitationSegments.year(at: i, in: w) else { i += 1; continue }
            var j = i + 4
            if j < w.count, w[j] == " " { j += 1 }
            if let (month, after) = month(w, at: j) {
                var k = after
                if k < w.count, w[k] == " " { k += 1 }
                var day = 0, digits = 0
                while k < w.count, CitationSegments.isDigit(w[k]), digits < 2 { day = day * 10 + Int(w[k].value - 48); k += 1; digits += 1 }
                if digits > 0, !(k < w.count && CitationSegments.isDigit(w[k])), let d = PartialDate(year: year, month: month, day: day) {
                    return Found(date: d, range: i..<k)
                }
                if let d = PartialDate(year: year, month: month) { return Found(date: d, range: i..<after) }
            }
            i += 1
        }
        return nil
    }

    private static func month(_ w: [Unicode.Scalar], at j: Int) -> (Int, Int)? {
        guard j + 3 <= w.count else { return nil }
        let word = String(scalars: w[j..<(j + 3)]).lowercased()
        guard let m = CitationDate.months[word] else { return nil }
        var after = j + 3
        // "Sept" and full names.
        while after < w.count, w[after].properties.isAlphabetic, after - j < 9 { after += 1 }
        if after < w.count, w[after] == "." { after += 1 }
        return (m, after)
    }
}
