/// JSON text as Foundation's JSONEncoder writes it with `.withoutEscapingSlashes`: only `"`, `\`
/// and control characters below U+0020 are escaped (\b \f \n \r \t, the rest as lower-case \u00xx);
/// DEL, U+2028, U+2029 and all other non-ASCII text are left as raw UTF-8.
enum JSONText {
    /// Returns whether escaping changed any byte.
    @discardableResult
    static func appendQuoted(_ string: String, to out: inout ByteBuffer) -> Bool {
        let start = out.count
        out.append(UInt8(ascii: "\""))
        if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) == nil {
            var copy = string
            copy.withUTF8 { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
        return out.count - start - 2 != string.utf8.count
    }

    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        var mark = 0
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none needs escaping, as in almost all text.
            if index + 8 <= bytes.count, !anyNeedsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            out.append(UnsafeBufferPointer(start: base + mark, count: index - 1 - mark))
            out.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
            case 0x08: out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                out.append("u00")
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0xF))
            }
            mark = index
        }
        out.append(UnsafeBufferPointer(start: base + mark, count: bytes.count - mark))
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
        }
        return bytes[index...].allSatisfy { $0 < 0x80 }
    }

    /// Whether any of eight bytes is below 0x20, a quote or a backslash (the bit tricks of
    /// "Bit Twiddling Hacks": a byte below n, a zero byte after XOR with the byte sought).
    private static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        func anyBelow(_ limit: UInt64, _ x: UInt64) -> Bool { (x &- ones &* limit) & ~x & highBits != 0 }
        return anyBelow(0x20, word) || anyBelow(1, word ^ (ones &* 0x22)) || anyBelow(1, word ^ (ones &* 0x5C))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// The same digits as `description`, without making a String for each number.
    static func appendInteger<T: FixedWidthInteger>(_ value: T, to out: inout ByteBuffer) {
        guard T.bitWidth <= 64 else { return out.append(contentsOf: value.description) }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var rest = UInt64(value.magnitude)
        let start = out.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        out.reverse(from: start)
    }
}
