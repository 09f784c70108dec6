/// Author-date styles print the year after the authors and the rest of the date later, without a
/// year: "Financial Times, April 5." (Chicago), "5 April, p. 2." (Harvard), "released October".
enum MonthDay {
    /// `year` made as precise as the month (and day) written in `tail`, when one is there.
    static func complete(_ year: PartialDate, from tail: [Unicode.Scalar]) -> PartialDate {
        guard year.precision == .year else { return year }
        // Words as scalar ranges; only a capitalised ASCII word of three letters or more can name a
        // month, so no string is built for the others (this ran on every entry's tail).
        var words: [Range<Int>] = []
        var s = 0
        for i in 0...tail.count where i == tail.count || " ,.;()".unicodeScalars.contains(tail[i]) {
            if i > s { words.append(s..<i) }
            s = i + 1
        }
        func text(_ r: Range<Int>) -> String { String(scalars: tail[r]) }
        func day(_ k: Int) -> Int? {
            guard k >= 0, k < words.count, words[k].count <= 2, let d = Int(text(words[k])), (1...31).contains(d) else { return nil }
            return d
        }
        for (i, r) in words.enumerated() {
            guard r.count >= 3, tail[r.lowerBound].isASCII, tail[r.lowerBound].properties.isUppercase,
                  tail[r].allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
                  let month = CitationDate.months[text(r).lowercased()] else { continue }
            if let d = day(i + 1) { return PartialDate(year: year.year, month: month, day: d) ?? year }
            if let d = day(i - 1) { return PartialDate(year: year.year, month: month, day: d) ?? year }
            return PartialDate(year: year.year, month: month) ?? year
        }
        return year
    }
}
