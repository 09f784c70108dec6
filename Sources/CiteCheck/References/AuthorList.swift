/// Splits the author part of a citation into names: "魏钰明、贾开、曾润喜等",
/// "Huw Roberts, Emmie Hine, Mariarosaria Taddeo and Luciano Floridi", "Hadrien Pouget et al.".
/// A corporate author ("United Nations Educational, Scientific and Cultural Organization") stays whole.
enum AuthorList {
    static func parse(_ raw: String) -> [String] {
        var s = raw.trimmingCharacters(in: " ,，.、:：;")
        for suffix in ["et al.", "et al", "等著", "等编", "主编", "编著", "等", "编", "著"] where s.hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count)).trimmingCharacters(in: " ,，.、")
            break
        }
        if s.isEmpty { return [] }
        if s.contains(where: LineJoiner.isCJK) {
            return s.split(whereSeparator: { "、，,；;".contains($0) })
                .map { $0.trimmingCharacters(in: " ") }
                .filter { !$0.isEmpty }
        }
        guard s.has(",") || s.has(" and ") || s.has(" & ") else { return [s] }
        let parts = s.replacingOccurrences(of: ", and ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
            .replacingOccurrences(of: " & ", with: ", ")
            .split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        if parts.count > 1, parts.allSatisfy(looksLikePersonName) { return parts }
        return [s]
    }

    static let corporateWords: Set<String> = [
        "of", "the", "for", "and", "on", "in", "to", "at", "organization", "organisation", "union",
        "nations", "institute", "institution", "association", "foundation", "society", "programme",
        "program", "house", "commission", "council", "alliance", "database", "ministry", "office",
        "department", "agency", "university", "center", "centre", "committee", "group", "bank", "forum",
    ]

    /// Two to four capitalised words or initials, none of them a word organisations are named with.
    static func looksLikePersonName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (2...4).contains(words.count) else { return false }
        return words.allSatisfy { w in
            guard let f = w.first, f.isUppercase else { return false }
            return !corporateWords.contains(w.lowercased())
        }
    }
}

