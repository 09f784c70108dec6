/// A citation's text twice over: as written (for display) and with full-width punctuation folded to
/// ASCII (for parsing). Folding maps one character to one character, so a range found in the folded
/// text names the same characters in the original.
struct CitationText {
    let original: [Character]
    let folded: String
    private let foldedChars: [Character]

    init(_ text: String) {
        original = Array(text)
        foldedChars = original.map(CitationText.fold)
        folded = String(foldedChars)
    }

    /// Full-width ASCII forms (！ to ～), the ideographic space and 【】 to their plain forms.
    static func fold(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return c }
        switch v {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(v - 0xFEE0)!)
        case 0x3000: return " "
        case 0x3010: return "["
        case 0x3011: return "]"
        default: return c
        }
    }

    func offset(_ i: String.Index) -> Int { folded.distance(from: folded.startIndex, to: i) }

    /// The original characters behind a range of the folded text.
    func original(_ r: Range<String.Index>) -> String {
        String(original[offset(r.lowerBound)..<offset(r.upperBound)])
    }

    func original(_ r: Range<Int>) -> String { String(original[r]) }
}
