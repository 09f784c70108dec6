/// Circled-numeral note labels as CNKI-style papers print them: ① to ⑳, then ㉑ to ㉟ and ㊱ to ㊿.
enum NoteLabel {
    /// The number a circled numeral stands for, or nil.
    static func circledValue(_ c: Character) -> Int? {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        return circledValue(scalar)
    }

    static func circledValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x2460...0x2473: return Int(scalar.value - 0x2460) + 1
        case 0x3251...0x325F: return Int(scalar.value - 0x3251) + 21
        case 0x32B1...0x32BF: return Int(scalar.value - 0x32B1) + 36
        default: return nil
        }
    }

    static func isCircled(_ c: Character) -> Bool { circledValue(c) != nil }

    /// A scalar that is a circled numeral on its own (the Character may still carry a combining mark).
    static func isCircled(_ scalar: Unicode.Scalar) -> Bool { circledValue(scalar) != nil }
}
