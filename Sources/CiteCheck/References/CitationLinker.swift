/// Links a body's author-date citations to the entries of its reference list, by first author and
/// year ("2016a" and "2016b" are different works). Entries are indexed by year and the first word of
/// the author, so a list of 10,000 entries links in one pass.
struct CitationLinker {
    let entries: [EntryAuthorYear]
    private var byYear: [String: [Int]] = [:]
    private var byYearAndWord: [String: [Int]] = [:]

    init(entries: [EntryAuthorYear]) {
        self.entries = entries
        for (i, e) in entries.enumerated() {
            guard let y = e.year else { continue }
            byYear[y, default: []].append(i)
            byYearAndWord[y + "|" + Self.firstWord(e.key), default: []].append(i)
            // "(WHO, 2020)" for "World Health Organization. (2020).".
            if let a = e.abbreviationKey { byYearAndWord[y + "|" + Self.firstWord(a), default: []].append(i) }
        }
    }

    /// The entry a citation cites, or nil.
    func entry(for citation: InTextCitation) -> Int? {
        let cited = EntryAuthorYear.fold(citation.authors)
        if let hit = byYearAndWord[citation.year + "|" + Self.firstWord(cited)]?.first(where: { entries[$0].isNamed(byFolded: cited) }) {
            return hit
        }
        // Chinese names run into the text before them: search the year's entries.
        guard let f = cited.first, LineJoiner.isCJK(f) else { return nil }
        return byYear[citation.year]?.first { entries[$0].isNamed(byFolded: cited) }
    }

    private static func firstWord(_ s: String) -> Substring {
        s.prefix(while: { $0 != " " && $0 != "," && $0 != "&" })
    }
}
