/// A free-form English note that names a document in prose: "The Bletchley Declaration by Countries
/// Attending the AI Safety Summit, adopted on 1 November 2023, was accessed on 3 March 2025." The
/// title is the capitalised name before "adopted" or "signed" ("issued" and "released" are how
/// Chicago prints patents and software, so they are not taken);
/// the date follows that word. The access date has been taken out before.
enum ProseNoteStyle {
    static let verbs = ["adopted", "signed"]

    static func verb(in s: String) -> Range<String.Index>? {
        for v in verbs {
            if let r = s.byteRange(of: " " + v + " ") ?? s.byteRange(of: ", " + v + " ") { return r }
        }
        return nil
    }

    static func accepts(_ f: CitationFields) -> Bool {
        let s = f.workString
        guard !s.has("“"), !s.has("\""), let v = verb(in: s) else { return false }
        return CitationDate.english(in: String(s[v.upperBound...])) != nil
    }

    static func parse(_ f: CitationFields, into ref: inout Reference) {
        let s = f.workString
        guard let v = verb(in: s) else { return }
        ref.date = CitationDate.english(in: String(s[v.upperBound...]))?.date
        // The name: the last run of capitalised words (small words allowed inside) before the verb.
        let before = s[..<v.lowerBound].trimmingCharacters(in: " ,")
        let words = before.split(separator: " ", omittingEmptySubsequences: true)
        let small: Set<Substring> = ["of", "on", "the", "for", "and", "to", "in", "by", "at", "a", "an"]
        var start = words.count
        while start > 0, words[start - 1].first?.isUppercase == true || (small.contains(words[start - 1]) && start > 1) {
            start -= 1
        }
        while start < words.count, small.contains(words[start]) || words[start] == "The" && start + 1 < words.count && words.count - start > 3 { start += 1 }
        guard start < words.count else { return }
        let name = words[start...].joined(separator: " ").trimmingCharacters(in: " ,.")
        guard name.split(separator: " ").count >= 2, let r = s.byteRange(of: name) else { return }
        ref.title = f.original(f.offsets(r, in: s)).nilIfEmpty
    }
}
