import Foundation

/// The date a cited page says it was last changed, in English styles: "last modified April 17, 2017",
/// "last updated 3 March 2025", "updated March 3, 2025", "(updated 2024-05-01)". Kept apart from the
/// publication date (which a style without one still prints in `date`) and from the access date.
enum UpdatedDate {
    static let phrases = ["last modified", "last updated", "last revised", "modified", "updated", "revised"]

    static func find(in s: String) -> PartialDate? {
        guard s.has("odified") || s.has("pdated") || s.has("evised") else { return nil }
        for phrase in phrases {
            var from = s.startIndex
            while let r = s.byteRange(of: phrase, from: from, ignoringASCIICase: true) {
                from = r.upperBound
                // A whole word: not "unmodified", not "updatedness".
                if r.lowerBound > s.startIndex, s[s.index(before: r.lowerBound)].isLetter { continue }
                if r.upperBound < s.endIndex, s[r.upperBound].isLetter { continue }
                // "[:] [on] DATE" right after the phrase.
                var rest = s[r.upperBound...].prefix(40).drop(while: { $0 == " " || $0 == ":" })
                if rest.lowercased().hasPrefix("on ") { rest = rest.dropFirst(3) }
                let text = String(rest)
                if let found = CitationDate.english(in: text) ?? CitationDate.iso(in: text), found.range.lowerBound == text.startIndex {
                    return found.date
                }
            }
        }
        return nil
    }
}
