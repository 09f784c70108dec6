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
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        var haystack = self
        return haystack.withUTF8 { h in
            guard h.count >= n.count else { return false }
            var i = 0
            while i <= h.count - n.count {
                if Self.lowerASCII(h[i]) == first {
                    var k = 1
                    while k < n.count && (Self.lowerASCII(h[i + k]) == n[k]) { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
