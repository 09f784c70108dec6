/// Whether a line, flush left after a finished entry, begins the next entry of an unnumbered list:
/// it opens with an author as the styles print one. A wrapped line of the entry before ("PLOS ONE,
/// 9(12)", "中国社会科学, 2020(3)") does not.
enum EntryStart {
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "ter", "ten"]
    static let corporateWords: Set<String> = ["of", "and", "for", "the", "on", "&", "in"]

    static func matches(_ line: String) -> Bool {
        if line.hasPrefix("——") || line.hasPrefix("———") || line.hasPrefix("---") || line.hasPrefix("___") { return true }
        guard let first = line.first else { return false }
        if LineJoiner.isCJK(first) { return chineseAuthor(line) }
        guard first.isUppercase else { return false }
        return personalAuthor(line) || vancouverAuthor(line) || corporateAuthor(line)
    }

    /// "Klein, M.", "Klein, Martin,", "Van de Sompel, H.": a family name, a comma, then an initial or a
    /// given name.
    static func personalAuthor(_ line: String) -> Bool {
        guard let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) <= 40 else { return false }
        let family = line[..<comma].split(separator: " ")
        guard !family.isEmpty, family.count <= 4, family.allSatisfy({ isNameWord($0) || particles.contains($0.lowercased()) }) else { return false }
        let rest = line[line.index(after: comma)...].drop(while: { $0 == " " })
        guard let g = rest.first, g.isUppercase else { return false }
        let given = rest.prefix(while: { $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" })
        let after = rest.dropFirst(given.count).first
        if given.count <= 2 { return after == "." || after == "," || after == " " }
        return given.dropFirst().allSatisfy(\.isLowercase) && (after == "," || after == " " || after == ".")
    }

    /// Vancouver/NLM: "Klein M, Van de Sompel H, …" or "KLEIN M H, …".
    static func vancouverAuthor(_ line: String) -> Bool {
        let head = line.prefix(while: { $0 != "," && $0 != "." })
        guard head.count <= 40, let mark = line.dropFirst(head.count).first else { return false }
        // "PLOS ONE. 2014;9(12)" is a journal carrying on the entry before, not an author.
        // "PLOS ONE, 11(12)" likewise: after a comma another author follows, not a number.
        if line.dropFirst(head.count + 1).first(where: { $0 != " " })?.isLetter != true { return false }
        let words = head.split(separator: " ")
        guard words.count >= 2, let initials = words.last, initials.count <= 3,
              initials.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return false }
        return words.dropLast().allSatisfy { isNameWord($0) || particles.contains($0.lowercased()) || $0.allSatisfy(\.isUppercase) }
    }

    /// "United Nations. (2024).", "World Health Organization. 2020.": capitalised words, a full stop,
    /// then the year.
    static func corporateAuthor(_ line: String) -> Bool {
        guard let stop = line.firstIndex(of: "."), line.distance(from: line.startIndex, to: stop) <= 80 else { return false }
        let words = line[..<stop].split(separator: " ")
        guard !words.isEmpty, words.count <= 10,
              words.allSatisfy({ $0.first?.isUppercase == true || corporateWords.contains($0.lowercased()) }) else { return false }
        let rest = line[line.index(after: stop)...].drop(while: { $0 == " " })
        let year = rest.first == "(" ? rest.dropFirst() : rest
        return year.prefix(4).count == 4 && year.prefix(4).allSatisfy(\.isNumber)
    }

    /// "张三, 李四. 2020.", "张三，李四，王五等．", "国际电信联盟. 2025.": short names before the first full
    /// stop, or any short author followed by the year.
    static func chineseAuthor(_ line: String) -> Bool {
        guard let stop = line.firstIndex(where: { $0 == "." || $0 == "．" || $0 == "。" }),
              line.distance(from: line.startIndex, to: stop) <= 40 else { return false }
        let head = line[..<stop]
        let rest = line[line.index(after: stop)...].drop(while: { $0 == " " })
        if rest.prefix(4).count == 4, rest.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), !head.contains(where: \.isNumber) {
            return true
        }
        var names = head.split(whereSeparator: { ",，、".contains($0) }).map { $0.trimmingCharacters(in: " ") }
        if let last = names.last, last.hasSuffix("等") { names[names.count - 1] = String(last.dropLast()) }
        return !names.isEmpty && names.allSatisfy { (2...4).contains($0.count) && $0.allSatisfy(LineJoiner.isCJK) }
    }

    private static func isNameWord(_ w: Substring) -> Bool {
        guard let f = w.first, f.isUppercase else { return false }
        return w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "’" || $0 == "'" }
    }
}
