/// Just enough of the PDF object syntax to read a flat dictionary of strings, names, numbers and
/// references. Nested dictionaries and arrays are skipped over, not interpreted.
struct PDFLexer {
    enum Value: Hashable, Sendable {
        case string([UInt8])
        case name(String)
        case number(Double)
        case reference(Int, Int)
        case other
    }

    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    private static func isDelimiter(_ b: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(b) }
    /// A byte that continues a name or a number: neither white space nor a delimiter.
    static func isRegular(_ b: UInt8) -> Bool { !isWhitespace(b) && !isDelimiter(b) }

    private var peek: UInt8? { position < bytes.endIndex ? bytes[position] : nil }

    private mutating func skipSpace() {
        while let b = peek {
            if Self.isWhitespace(b) {
                position += 1
            } else if b == UInt8(ascii: "%") {
                while let c = peek, c != 0x0A, c != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Reads "<< /Key value … >>" at the current position; keys lose their slash.
    mutating func dictionary() -> [String: Value]? {
        skipSpace()
        guard position + 1 < bytes.endIndex, bytes[position] == UInt8(ascii: "<"), bytes[position + 1] == UInt8(ascii: "<") else { return nil }
        position += 2
        var dict: [String: Value] = [:]
        var guardCount = 0
        while guardCount < 10_000 {
            guardCount += 1
            skipSpace()
            guard let b = peek else { return nil }
            if b == UInt8(ascii: ">") { position += 2; return dict }
            guard case .name(let key) = value() else { return nil }
            dict[key] = value()
        }
        return nil
    }

    /// The next value; "n g R" becomes a reference.
    mutating func value() -> Value {
        skipSpace()
        guard let b = peek else { return .other }
        switch b {
        case UInt8(ascii: "("): return .string(literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: "<") {
                skipBalanced(open: "<<", close: ">>")
                return .other
            }
            return .string(hexString())
        case UInt8(ascii: "["):
            skipBalanced(open: "[", close: "]")
            return .other
        case UInt8(ascii: "/"):
            position += 1
            return .name(String(decoding: regularRun(), as: UTF8.self))
        default:
            let word = regularRun()
            if word.isEmpty { position += 1; return .other }
            guard let number = Double(String(decoding: word, as: UTF8.self)) else { return .other }
            // Look ahead for "g R" without consuming unless it is there.
            let saved = position
            skipSpace()
            let second = regularRun()
            skipSpace()
            if let g = Int(String(decoding: second, as: UTF8.self)), peek == UInt8(ascii: "R"), let n = Int(exactly: number) {
                position += 1
                return .reference(n, g)
            }
            position = saved
            return .number(number)
        }
    }

    private mutating func regularRun() -> [UInt8] {
        var out: [UInt8] = []
        while let b = peek, Self.isRegular(b) { out.append(b); position += 1 }
        return out
    }

    private mutating func skipBalanced(open: String, close: String) {
        let o = Array(open.utf8), c = Array(close.utf8)
        var depth = 0
        while position < bytes.endIndex {
            if bytes[position] == UInt8(ascii: "(") { _ = literalString(); continue }
            if bytes[position...].starts(with: o) { depth += 1; position += o.count; continue }
            if bytes[position...].starts(with: c) {
                depth -= 1
                position += c.count
                if depth == 0 { return }
                continue
            }
            position += 1
        }
    }

    /// "(…)" with balanced parentheses, backslash escapes and octal codes.
    private mutating func literalString() -> [UInt8] {
        position += 1
        var out: [UInt8] = []
        var depth = 1
        while let b = peek {
            position += 1
            switch b {
            case UInt8(ascii: "\\"):
                guard let e = peek else { return out }
                position += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0D: if peek == 0x0A { position += 1 }
                case 0x0A: break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(e - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard let d = peek, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(d) else { break }
                        code = code * 8 + Int(d - UInt8(ascii: "0"))
                        position += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: code))
                default: out.append(e)
                }
            case UInt8(ascii: "("): depth += 1; out.append(b)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(b)
            default: out.append(b)
            }
        }
        return out
    }

    private mutating func hexString() -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while let b = peek {
            position += 1
            if b == UInt8(ascii: ">") { break }
            if let v = Self.hexValue(b) { digits.append(v) }
        }
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A PDF text string: UTF-16BE with a BOM, UTF-8 with a BOM (PDF 2.0), else PDFDocEncoding,
    /// read as Latin-1 (they differ only in rarely used symbols), or UTF-8 when it is valid UTF-8
    /// (some producers write it without a BOM).
    static func text(_ raw: [UInt8]) -> String? {
        if raw.starts(with: [0xFE, 0xFF]) || raw.starts(with: [0xFF, 0xFE]) {
            let bigEndian = raw[0] == 0xFE
            let body = raw.dropFirst(2)
            var units: [UInt16] = []
            var i = body.startIndex
            while i + 1 < body.endIndex {
                units.append(bigEndian ? UInt16(body[i]) << 8 | UInt16(body[i + 1]) : UInt16(body[i + 1]) << 8 | UInt16(body[i]))
                i += 2
            }
            return String(decoding: units, as: UTF16.self).trimmed
        }
        let body = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
        if let utf8 = String(validating: body, as: UTF8.self) { return utf8.trimmed }
        return String(body.map { Character(Unicode.Scalar($0)) }).trimmed
    }
}
