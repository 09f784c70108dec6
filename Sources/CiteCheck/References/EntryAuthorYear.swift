import Foundation

/// An unnumbered list entry's first author (family name, or the body that wrote it) and year, as the
/// entry prints them: "Klein, M., … (2014).", "United Nations. (2024).", "张三, 李四. 2020.",
/// "———. 2015." (the author of the entry before). In-text citations are matched against these.
struct EntryAuthorYear: Hashable, Sendable {
    let family: String
    let year: String?
    /// Lower case, accents folded: "Sompel" in the text matches "Sömpel" in the list.
    let key: String
    /// A corporate author's abbreviation, folded: "who" for "World Health Organization [WHO]" or,
    /// unprinted, for "World Health Organization", so "(WHO, 2020)" names the entry.
    let abbreviationKey: String?

    init(family: String, year: String?, abbreviation: String? = nil) {
        self.family = family
        self.year = year
        key = Self.fold(family)
        abbreviationKey = (abbreviation ?? Self.initials(of: family)).map(Self.fold)
    }

    /// "WHO" for "World Health Organization", "APA" for "American Psychological Association": the
    /// capitals of a corporate author's words (small words skipped); nil for a person.
    static func initials(of name: String) -> String? {
        let words = name.split(separator: " ")
        let small: Set<String> = ["of", "the", "for", "and", "on", "in", "to", "at", "&"]
        guard words.count >= 2, !name.contains(","), !name.contains(where: LineJoiner.isCJK),
              words.contains(where: { AuthorList.corporateWords.contains($0.lowercased()) && !small.contains($0.lowercased()) }) else { return nil }
        let capitals = words.filter { !small.contains($0.lowercased()) }
        guard capitals.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return String(capitals.compactMap(\.first))
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func read(_ entry: String, previous: EntryAuthorYear?) -> EntryAuthorYear {
        let c = Array(entry)
        var end = 0
        var family: String
        if entry.hasPrefix("——") || entry.hasPrefix("---") || entry.hasPrefix("___") {
            end = c.firstIndex(where: { !"—-_ .,".contains($0) }) ?? c.count
            family = previous?.family ?? ""
        } else if let f = c.first, LineJoiner.isCJK(f) {
            end = c.firstIndex(where: { ",，、.．".contains($0) }) ?? min(c.count, 8)
            family = String(c[..<end])
            if family.hasSuffix("等") { family.removeLast() }
        } else {
            end = c.count
            var i = 0
            while i < c.count {
                if c[i] == "," || c[i] == "(" { end = i; break }
                // A full stop ends the name unless it closes an initial ("Klein M.").
                if c[i] == ".", i >= 2, c[i - 1].isLetter, c[i - 2].isLetter { end = i; break }
                i += 1
            }
            let words = String(c[..<end]).split(separator: " ")
            // Vancouver "Klein M": drop the initials.
            let kept = words.count >= 2 && words.last!.count <= 3 && words.last!.allSatisfy(\.isUppercase) ? words.dropLast() : words[...]
            family = kept.joined(separator: " ")
        }
        let year = CitationYear.first(in: c, from: end)?.year
        // "World Health Organization [WHO]": the abbreviation the text may cite it by.
        var abbreviation: String?
        if let open = family.firstIndex(of: "["), let close = family[open...].firstIndex(of: "]") {
            abbreviation = String(family[family.index(after: open)..<close]).trimmingCharacters(in: " ").nilIfEmpty
            family = String(family[..<open]) + String(family[family.index(after: close)...])
        }
        return EntryAuthorYear(family: family.trimmingCharacters(in: " .,"), year: year, abbreviation: abbreviation)
    }

    /// Whether a citation's authors, as printed and folded (`fold`), name this entry's first author.
    func isNamed(byFolded c: String) -> Bool {
        let k = key
        guard !k.isEmpty else { return false }
        if let f = family.first, LineJoiner.isCJK(f) { return c.has(k) }
        if let a = abbreviationKey, Self.names(c, a) { return true }
        return Self.names(c, k)
    }

    /// `c` starts with `k`, and a word ends there.
    private static func names(_ c: String, _ k: String) -> Bool {
        c.hasPrefix(k) && (c.count == k.count || !c[c.index(c.startIndex, offsetBy: k.count)].isLetter)
    }
}
