/// A citation's text twice over: as written (for display) and with full-width punctuation folded to
/// ASCII (for parsing). Folding maps one scalar to one scalar, so a range found in the folded text
/// names the same scalars in the original. Offsets throughout the parser count Unicode scalars:
/// building and slicing strings of scalars is far cheaper than of grapheme clusters.
struct CitationText {
    let original: [Unicode.Scalar]
    let folded: String
    let foldedScalars: [Unicode.Scalar]

    init(_ text: String) {
        original = Array(text.unicodeScalars)
        foldedScalars = original.map(CitationText.fold)
        folded = String(scalars: foldedScalars)
    }

    /// Full-width ASCII forms (！ to ～), the ideographic space and 【】 to their plain forms.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(c.value - 0xFEE0)!
        case 0x3000: return " "
        case 0x3010: return "["
        case 0x3011: return "]"
        default: return c
        }
    }

    static func fold(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return c }
        return Character(fold(s))
    }

    /// The original scalars behind a range of offsets.
    func original(_ r: Range<Int>) -> String { String(scalars: original[r]) }
}

extension String {
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        // Encoding into one byte buffer is several times faster than appending to a scalar view.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// The scalar offset of an index of this string.
    func scalarOffset(_ i: String.Index) -> Int { unicodeScalars.distance(from: unicodeScalars.startIndex, to: i) }

    func scalarOffsets(_ r: Range<String.Index>) -> Range<Int> { scalarOffset(r.lowerBound)..<scalarOffset(r.upperBound) }
}
