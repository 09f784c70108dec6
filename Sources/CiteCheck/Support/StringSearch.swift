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
