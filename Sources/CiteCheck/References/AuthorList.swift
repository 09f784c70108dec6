/// Splits the author part of a citation into names: "魏钰明、贾开、曾润喜等", "张三 and 李四",
/// "Huw Roberts, Emmie Hine, Mariarosaria Taddeo and Luciano Floridi", "Hadrien Pouget et al.",
/// "Klein, M. A., and J. Zittrain", "Klein, M. A., & Zittrain, J.", "KLEIN M A, ZITTRAIN J",
/// "Klein MA, Zittrain J". A corporate author ("United Nations Educational, Scientific and Cultural
/// Organization") stays whole.
enum AuthorList {
    static let suffixes = [
        "et al.", "et al", "等著", "等编", "等译", "主编", "编著", "editors", "editor", "(eds.)", "(Eds.)", "(ed.)",
        "(Ed.)", "eds.", "Eds.", "ed.", "Ed.", "等", "编", "著", "译",
    ]

    static func parse(_ raw: String) -> [String] {
        var s = raw.trimmingCharacters(in: " ,，、:：;")
        // A final full stop goes, unless it is an initial's ("Brügger, H.").
        while s.hasSuffix(".") || s.hasSuffix(",") {
            let scalars = Array(s.unicodeScalars)
            let n = scalars.count
            if s.hasSuffix("."), n >= 3, scalars[n - 2].properties.isUppercase, " .-".unicodeScalars.contains(scalars[n - 3]), !s.hasSuffix("al.") { break }
            s = String(s.dropLast()).trimmingCharacters(in: " ")
        }
        var stripped = true
        while stripped {
            stripped = false
            // Only the suffixes ending in the list's last scalar can match (this loop ran 93 times a list).
            guard let last = s.unicodeScalars.last else { break }
            for suffix in suffixes where suffix.unicodeScalars.last == last && s.hasSuffix(suffix) && s.count > suffix.count {
                s = String(s.dropLast(suffix.count)).trimmingCharacters(in: " ,，、")
                stripped = true
                break
            }
        }
        if s.isEmpty { return [] }
        if s.unicodeScalars.contains(where: LineJoiner.isCJK) {
            return s.replacingBytes(" and ", with: "、").replacingBytes(" & ", with: "、")
                .split(whereSeparator: { "、，,；;".contains($0) })
                .map { $0.trimmingCharacters(in: " ") }
                .filter { !$0.isEmpty }
        }
        guard s.has(",") || s.has(" and ") || s.has(" & ") else { return [s] }
        let parts = s.replacingBytes(", and ", with: ", ").replacingBytes(" and ", with: ", ")
            .replacingBytes(", & ", with: ", ").replacingBytes(" & ", with: ", ")
            .split(separator: ",").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        // "Klein, M. A." and "de Vries, B. A.": a family name, then its given names or initials.
        var names: [String] = []
        var i = 0
        while i < parts.count {
            if i + 1 < parts.count, isFamilyOnly(parts[i]), isGivenOnly(parts[i + 1], first: names.isEmpty) {
                names.append(parts[i] + ", " + parts[i + 1])
                i += 2
            } else {
                names.append(parts[i])
                i += 1
            }
        }
        if names.count > 1, names.allSatisfy(looksLikePersonName) { return names }
        if names.count == 1, parts.count == 2 { return names }
        return [s]
    }

    static let corporateWords: Set<String> = [
        "of", "the", "for", "and", "on", "in", "to", "at", "organization", "organisation", "union",
        "nations", "institute", "institution", "association", "foundation", "society", "programme",
        "program", "house", "commission", "council", "alliance", "database", "ministry", "office",
        "department", "agency", "university", "center", "centre", "committee", "group", "bank", "forum",
    ]

    static let particles: Set<String> = ["de", "van", "von", "der", "den", "da", "di", "du", "del", "le", "la", "dos", "ten", "ter"]

    /// One to four capitalised words, initials or particles, none of them a word organisations are
    /// named with: "Martin Klein", "Klein, M. A.", "KLEIN M A", "Klein MA", "B. A. de Vries".
    static func looksLikePersonName(_ s: String) -> Bool {
        let words = s.split(whereSeparator: { $0 == "," || $0 == " " })
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1 { return AuthorScanner.isNameWord(String(words[0])) && s.count <= 20 }
        return words.allSatisfy { w in
            if particles.contains(String(w)) { return true }
            guard let f = w.first, f.isUppercase else { return false }
            return !corporateWords.contains(w.lowercased())
        }
    }

    /// "Klein", "de Vries", "Van de Sompel": capitalised words or particles, no initials.
    static func isFamilyOnly(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...3).contains(words.count) else { return false }
        // Two capitalised words read as a given name and a family name ("Martin Klein").
        if words.count > 1, !words.contains(where: { particles.contains(String($0)) || particles.contains($0.lowercased()) }) { return false }
        return words.allSatisfy { w in
            particles.contains(String(w)) || particles.contains(w.lowercased()) || (AuthorScanner.isNameWord(String(w)) && !w.hasSuffix(".") && !corporateWords.contains(w.lowercased())
                && !(w.count <= 3 && w.allSatisfy(\.isUppercase)))
        }
    }

    /// "M. A.", "S.-J.", "M.L." — or, for the first name of a list only, a given name: "Martin A.".
    static func isGivenOnly(_ s: String, first: Bool) -> Bool {
        let words = s.split(separator: " ")
        guard (1...3).contains(words.count) else { return false }
        if words.allSatisfy({ AuthorScanner.isInitial(String($0)) }) { return true }
        // Bare initials: "H", "BA".
        if words.count == 1, (1...3).contains(s.count), s.allSatisfy({ $0.isUppercase && $0.isLetter }) { return true }
        guard first, let given = words.first, AuthorScanner.isNameWord(String(given)), !corporateWords.contains(given.lowercased()) else { return false }
        return words.dropFirst().allSatisfy { AuthorScanner.isInitial(String($0)) }
    }
}
