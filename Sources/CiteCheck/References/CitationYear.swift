/// The year of an author-date citation or entry: "2014", "2016a" (a letter tells one author's works
/// of a year apart), "n.d.".
enum CitationYear {
    /// The year token starting at `i`, and its length in characters.
    static func token(at i: Int, in c: [Character]) -> (year: String, length: Int)? {
        // The cheap test first: a year or "n.d." starts with one of three characters.
        guard i < c.count, c[i] == "1" || c[i] == "2" || c[i] == "n" else { return nil }
        if i > 0, c[i - 1].isLetter || c[i - 1].isNumber { return nil }
        if c[i] == "n", i + 3 < c.count, c[i + 1] == ".", c[i + 2] == "d", c[i + 3] == "." { return ("n.d.", 4) }
        guard i + 4 <= c.count, c[i] == "1" || c[i] == "2",
              c[i..<(i + 4)].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var n = 4
        if i + n < c.count, c[i + n].isASCII, c[i + n].isLowercase, !(i + n + 1 < c.count && c[i + n + 1].isLetter) { n += 1 }
        if i + n < c.count, c[i + n].isNumber || c[i + n] == "年" || (n == 4 && c[i + n].isLetter && !LineJoiner.isCJK(c[i + n])) { return nil }
        return (String(c[i..<(i + n)]), n)
    }

    /// The first year token in `text` from `from` on.
    static func first(in c: [Character], from: Int = 0) -> (year: String, offset: Int)? {
        var i = from
        while i < c.count {
            if let t = token(at: i, in: c) { return (t.year, i) }
            i += 1
        }
        return nil
    }
}
