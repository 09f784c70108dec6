/// Small byte-level readings of JSON embedded in scripts, tolerant of what surrounds it.
enum JSONScan {
    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// The string after `"key"` at `index` (`: "value"`), unescaped only for `\/`; nil when the value
    /// is not a short string.
    static func stringValue(after index: Int, in bytes: [UInt8]) -> String? {
        var i = index
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < bytes.count, bytes[i] == quote else { return nil }
        i += 1
        var out: [UInt8] = []
        while i < bytes.count, bytes[i] != quote, out.count < 200 {
            if bytes[i] == backslash, i + 1 < bytes.count { i += 1 }
            out.append(bytes[i])
            i += 1
        }
        guard i < bytes.count, bytes[i] == quote else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// The `{` that opens the object holding `index`, found by counting braces backwards (braces
    /// inside strings are rare in application state, and a miss only loses a date).
    static func objectStart(before index: Int, in bytes: [UInt8]) -> Int? {
        var depth = 0
        var i = index - 1
        while i >= 0, index - i < 200_000 {
            if bytes[i] == UInt8(ascii: "}") || bytes[i] == UInt8(ascii: "]") {
                depth += 1
            } else if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") {
                if depth == 0 { return bytes[i] == UInt8(ascii: "{") ? i : nil }
                depth -= 1
            }
            i -= 1
        }
        return nil
    }

    /// The string values of `keys` that belong to the object opened at `start` itself (not to the
    /// objects nested in it), read up to `end`.
    static func ownStrings(of keys: Set<String>, from start: Int, to end: Int, in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var depth = 0
        var i = start
        while i < end {
            let b = bytes[i]
            if b == quote {
                // A string: a key of this object when followed by ':' at depth 1.
                var j = i + 1
                while j < end, bytes[j] != quote { j += bytes[j] == backslash ? 2 : 1 }
                if depth == 1, j < end {
                    let key = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                    if keys.contains(key), let value = stringValue(after: j + 1, in: bytes) { found.append(value) }
                }
                i = j + 1
                continue
            }
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1 }
            i += 1
        }
        return found
    }
}
