import Foundation

/// An unnumbered list entry's first author (family name, or the body that wrote it) and year, as the
/// entry prints them: "Klein, M., … (2014).", "United Nations. (2024).", "张三, 李四. 2020.",
/// "———. 2015." (the author of the entry before). In-text citations are matched against these.
struct EntryAuthorYear: Hashable, Sendable {
    let family: String
    let year: String?
    /// Lower case, accents folded: "Sompel" in the text matches "Sömpel" in the list.
    let key: String

    init(family: String, year: String?) {
        self.family = family
        self.year = year
        key = Self.fold(family)
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
        return EntryAuthorYear(family: family.trimmingCharacters(in: " .,"), year: year)
    }

    /// Whether a citation's authors, as printed and folded (`fold`), name this entry's first author.
    func isNamed(byFolded c: String) -> Bool {
        let k = key
        guard !k.isEmpty else { return false }
        if let f = family.first, LineJoiner.isCJK(f) { return c.has(k) }
        return c.hasPrefix(k) && (c.count == k.count || !c[c.index(c.startIndex, offsetBy: k.count)].isLetter)
    }
}
