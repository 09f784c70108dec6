import Foundation

/// How alike two titles are, from 0 (nothing shared) to 1 (the same after normalisation).
/// Titles are compared as bags of tokens: Chinese, Japanese and Korean text by characters,
/// other scripts by words, after folding case, width, accents and punctuation. The score is
/// the Dice coefficient, 2·|A∩B| / (|A|+|B|), which forgives a dropped subtitle less harshly
/// than Jaccard while still separating different works well.
public enum TitleSimilarity {
    public static func score(_ a: String, _ b: String) -> Double {
        let x = tokens(a), y = tokens(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in x { counts[t, default: 0] += 1 }
        var shared = 0
        for t in y where counts[t, default: 0] > 0 {
            counts[t]! -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(x.count + y.count)
    }

    /// The best score of `a` against any of `candidates` (a title with and without its subtitle).
    public static func best(_ a: String, _ candidates: [String]) -> Double {
        candidates.map { score(a, $0) }.max() ?? 0
    }

    /// Normalised tokens: CJK characters one by one, other runs of letters and digits as words.
    static func tokens(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .widthInsensitive, .diacriticInsensitive], locale: nil)
        var out: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { out.append(word); word = "" }
        }
        for scalar in folded.unicodeScalars {
            if isCJK(scalar) {
                flush()
                out.append(String(scalar))
            } else if CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
