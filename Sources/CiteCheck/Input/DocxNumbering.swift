/// How Word prints note numbers (w:footnotePr / w:endnotePr w:numFmt), so labels match the page:
/// Chinese journals often number footnotes ①②③.
enum DocxNumbering {
    enum Format: String, Sendable {
        case decimal, lowerRoman, upperRoman, lowerLetter, upperLetter, chicago
        case decimalEnclosedCircle, decimalEnclosedCircleChinese

        func label(_ n: Int) -> String {
            switch self {
            case .decimal: return String(n)
            case .lowerRoman: return DocxNumbering.roman(n).lowercased()
            case .upperRoman: return DocxNumbering.roman(n)
            case .lowerLetter: return DocxNumbering.letters(n).lowercased()
            case .upperLetter: return DocxNumbering.letters(n)
            case .chicago:
                let symbols = ["*", "†", "‡", "§"]
                return String(repeating: symbols[(n - 1) % 4], count: (n - 1) / 4 + 1)
            case .decimalEnclosedCircle, .decimalEnclosedCircleChinese:
                guard (1...20).contains(n), let scalar = Unicode.Scalar(0x2460 + n - 1) else { return String(n) }
                return String(Character(scalar))
            }
        }
    }

    /// The format the document or its settings declare, else Word's defaults (1, 2, 3 for footnotes;
    /// i, ii, iii for endnotes).
    static func format(_ kind: DocxNoteKind, document: MarkupElement, settings: MarkupElement?) -> Format {
        let properties = kind == .footnote ? "footnotePr" : "endnotePr"
        for source in [document, settings].compactMap({ $0 }) {
            for pr in source.descendants(properties) {
                if let value = pr.element("numFmt")?["val"], let format = Format(rawValue: value) { return format }
            }
        }
        return kind == .footnote ? .decimal : .lowerRoman
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var out = ""
        for (value, numeral) in table {
            while rest >= value { out += numeral; rest -= value }
        }
        return out
    }

    /// A, B, … Z, AA, BB, … as Word writes letter-numbered notes.
    static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }
}
