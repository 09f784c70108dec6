/// Finds author-date citations in body paragraphs: parenthetical "(Klein et al., 2014; Jones et al.,
/// 2016a, p. 3)" and "(张三, 2020)", narrative "Zittrain et al. (2014)" and "张三(2020)" / "张三（2020）".
/// A hand-written scanner: one pass over each paragraph, no regular expressions.
enum AuthorDateCitationScanner {
    static let prefixes = ["see also ", "see, e.g., ", "see ", "e.g., ", "e.g. ", "cf. ", "i.e., ", "also ", "参见", "见"]
    /// "(March 2020)" and "(Spring 2019)" give a date, not a citation.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "spring", "summer", "fall", "autumn", "winter",
    ]
    /// Capitalised words that open a sentence before a narrative citation: "As Klein (2014) shows".
    static let sentenceWords: Set<String> = [
        "As", "In", "See", "According", "Following", "While", "When", "Both", "The", "And", "But", "Also", "Thus",
        "Unlike", "Like", "After", "Before", "Since", "Because", "Although", "For", "By", "From", "With", "Yet",
        "However,", "Here,", "Similarly,", "Moreover,", "Recently,", "Earlier,", "Later,",
    ]
    static let connectors: Set<String> = ["and", "&", "und", "et", "al.", "al.,"]

    static func scan(_ paragraphs: [[Character]]) -> [InTextCitation] {
        var out: [InTextCitation] = []
        for (p, chars) in paragraphs.enumerated() {
            var i = 0
            while i < chars.count {
                let c = chars[i]
                guard c == "(" || c == "（", let close = closing(chars, from: i) else { i += 1; continue }
                let inner = Array(chars[(i + 1)..<close])
                let length = close - i + 1
                var found: [InTextCitation] = []
                if let lead = firstNonSpace(inner), CitationYear.token(at: lead, in: inner) != nil {
                    if let authors = narrativeAuthors(chars, before: i) {
                        for year in years(in: inner) {
                            found.append(InTextCitation(authors: authors, year: year, paragraph: p, offset: i, length: length))
                        }
                    }
                } else {
                    for part in parts(inner) {
                        guard let (authors, yearsCited) = parenthetical(part) else { continue }
                        for year in yearsCited {
                            found.append(InTextCitation(authors: authors, year: year, paragraph: p, offset: i, length: length))
                        }
                    }
                }
                out += found
                i = close + 1
            }
        }
        return out
    }

    private static func closing(_ c: [Character], from i: Int) -> Int? {
        var j = i + 1
        while j < c.count, j - i < 400 {
            if c[j] == ")" || c[j] == "）" { return j }
            if c[j] == "(" || c[j] == "（" { return nil }
            j += 1
        }
        return nil
    }

    private static func firstNonSpace(_ c: [Character]) -> Int? { c.firstIndex(where: { !$0.isWhitespace }) }

    /// The parts of a parenthesis that cites several works.
    private static func parts(_ inner: [Character]) -> [[Character]] {
        inner.split(whereSeparator: { $0 == ";" || $0 == "；" }).map(Array.init)
    }

    /// Every year token of a citation up to its locator: "2014", "2014, 2016a" but not "p. 2015".
    private static func years(in c: [Character]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < c.count {
            if let t = CitationYear.token(at: i, in: c) {
                out.append(t.year)
                i += t.length
                // Only another year may follow, after a comma.
                var j = i
                while j < c.count, c[j] == " " || c[j] == "," || c[j] == "，" || c[j] == "、" { j += 1 }
                if j < c.count, CitationYear.token(at: j, in: c) != nil { i = j; continue }
                break
            }
            i += 1
        }
        return out
    }

    /// "Klein et al., 2014, p. 3" → ("Klein et al.", ["2014"]); nil when the part is not a citation.
    private static func parenthetical(_ part: [Character]) -> (String, [String])? {
        var s = String(part).trimmingWhitespace()
        // Lower-cased once, not once for every prefix tried.
        let lower = s.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count)).trimmingWhitespace()
            break
        }
        let chars = Array(s)
        guard let (_, at) = CitationYear.first(in: chars) else { return nil }
        let author = String(chars[..<at]).trimmingCharacters(in: " ,，、")
        guard let f = author.first, f.isUppercase || LineJoiner.isCJK(f), author.count <= 80,
              author.allSatisfy({ $0.isLetter || " .,&-’'，、[]".contains($0) }),
              !months.contains(author.split(separator: " ").first.map { $0.lowercased() } ?? "") else { return nil }
        let yearsCited = years(in: Array(chars[at...]))
        return yearsCited.isEmpty ? nil : (author, yearsCited)
    }

    /// The author phrase just before a narrative citation's parenthesis, or nil: "Klein et al.",
    /// "Zittrain, Albert, and Lessig", "Van de Sompel and Nelson", or the Chinese name before "(2020)".
    static func narrativeAuthors(_ c: [Character], before open: Int) -> String? {
        var end = open
        while end > 0, c[end - 1] == " " { end -= 1 }
        guard end > 0 else { return nil }
        if LineJoiner.isCJK(c[end - 1]) {
            var start = end
            while start > 0, end - start < 12, LineJoiner.isCJK(c[start - 1]), !"，。；：、“”《》（）".contains(c[start - 1]) { start -= 1 }
            let run = String(c[start..<end])
            return run.count >= 2 ? run : nil
        }
        // Whole words backwards, while they read as names joined by connectors.
        var words: [String] = []
        var i = end
        var expectName = true
        while i > 0, words.count < 12 {
            var j = i
            while j > 0, c[j - 1] != " " { j -= 1 }
            let word = String(c[j..<i])
            let bare = word.trimmingCharacters(in: ",")
            let isName = bare.first?.isUppercase == true && bare.allSatisfy { $0.isLetter || "-’'.".contains($0) }
            let particle = EntryStart.particles.contains(bare.lowercased())
            if connectors.contains(word.lowercased()) || particle {
                words.insert(word, at: 0)
                expectName = !particle
            } else if isName {
                words.insert(word, at: 0)
                expectName = false
            } else {
                break
            }
            i = j
            while i > 0, c[i - 1] == " " { i -= 1 }
            // A name stands alone unless a connector, a comma or a particle joins it to one before.
            if !expectName, i > 0 {
                var k = i
                while k > 0, c[k - 1] != " " { k -= 1 }
                let prev = String(c[k..<i])
                // Capitalised words run together in a corporate author ("American Psychological
                // Association") and around particles ("Van de Sompel").
                let capitalised = prev.first?.isUppercase == true && prev.allSatisfy { $0.isLetter || "-’'".contains($0) }
                if !(connectors.contains(prev.lowercased()) || EntryStart.particles.contains(prev.lowercased()) || prev.hasSuffix(",")
                     || capitalised) { break }
            }
        }
        while let f = words.first, connectors.contains(f.lowercased()) || sentenceWords.contains(f) { words.removeFirst() }
        guard let first = words.first, first.first?.isUppercase == true else { return nil }
        return words.joined(separator: " ").trimmingCharacters(in: ",")
    }
}
