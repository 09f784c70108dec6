extension String {
    /// Substring test on the UTF-8 bytes. Foundation's `contains(_:)` goes through CFString and
    /// was a seventh of the parse time; byte search gives the same answer for exact matches.
    func has(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.firstOffset(of: n, in: h) != nil } }
    }

    /// `has` ignoring ASCII case; `needle` must be lower-case ASCII ("doi").
    func hasIgnoringASCIICase(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in ByteSearch.firstOffset(of: n, in: h, foldingASCIICase: true) != nil }
        }
    }
}

extension String {
    /// The first occurrence of `needle` at or after `from`, found on the UTF-8 bytes: Foundation's
    /// `range(of:)` bridges both strings to NSString and was a tenth of parsing a reference list.
    /// Exact matches only (`ignoringASCIICase`: `needle` must be lower-case ASCII).
    func byteRange(of needle: String, from: String.Index? = nil, ignoringASCIICase fold: Bool = false) -> Range<String.Index>? {
        var haystack = self
        var needle = needle
        let start = from.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        let found: Int? = haystack.withUTF8 { h in
            needle.withUTF8 { n in
                let rest = UnsafeBufferPointer(rebasing: h[start...])
                return ByteSearch.firstOffset(of: n, in: rest, foldingASCIICase: fold).map { $0 + start }
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The last occurrence of `needle`, on the UTF-8 bytes.
    func lastByteRange(of needle: String) -> Range<String.Index>? {
        let h = Array(utf8), n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= h.count else { return nil }
        var i = h.count - n.count
        while i >= 0 {
            if h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) {
                let lower = utf8.index(utf8.startIndex, offsetBy: i)
                return lower..<utf8.index(lower, offsetBy: n.count)
            }
            i -= 1
        }
        return nil
    }

    /// Every occurrence of `needle` replaced by `replacement`, left to right, on the UTF-8 bytes
    /// (what Foundation's `replacingOccurrences(of:with:)` gives for the exact strings used here,
    /// without its NSMutableString round trip).
    func replacingBytes(_ needle: String, with replacement: String) -> String {
        guard !needle.isEmpty, has(needle) else { return self }
        let h = Array(utf8), n = Array(needle.utf8), r = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(h.count)
        var i = 0
        while i < h.count {
            if h[i] == n[0], i + n.count <= h.count, h[i..<(i + n.count)].elementsEqual(n) {
                out.append(contentsOf: r)
                i += n.count
            } else {
                out.append(h[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
