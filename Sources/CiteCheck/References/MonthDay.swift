/// Author-date styles print the year after the authors and the rest of the date later, without a
/// year: "Financial Times, April 5." (Chicago), "5 April, p. 2." (Harvard), "released October".
enum MonthDay {
    /// `year` made as precise as the month (and day) written in `tail`, when one is there.
    static func complete(_ year: PartialDate, from tail: [Unicode.Scalar]) -> PartialDate {
        guard year.precision == .year else { return year }
        let words = String(scalars: tail).split(whereSeparator: { " ,.;()".contains($0) }).map(String.init)
        for (i, word) in words.enumerated() {
            guard word.count >= 3, let month = CitationDate.months[word.lowercased()], word.first?.isUppercase == true else { continue }
            if i + 1 < words.count, let day = Int(words[i + 1]), (1...31).contains(day), words[i + 1].count <= 2 {
                return PartialDate(year: year.year, month: month, day: day) ?? year
            }
            if i > 0, let day = Int(words[i - 1]), (1...31).contains(day), words[i - 1].count <= 2 {
                return PartialDate(year: year.year, month: month, day: day) ?? year
            }
            return PartialDate(year: year.year, month: month) ?? year
        }
        return year
    }
}
