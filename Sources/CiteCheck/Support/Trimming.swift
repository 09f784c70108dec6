extension Substring {
    /// Whitespace and line breaks (Unicode White_Space) trimmed from both ends: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without its round trip through
    /// UTF-16 and NSString, which was a tenth of the CPU of reading 2,000 pages.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// Trims the given characters from both ends (compared as scalars: every set used is single-scalar).
    func trimmingCharacters(in set: String) -> String {
        let trim = set.unicodeScalars
        var s = unicodeScalars[...]
        while let f = s.first, trim.contains(f) { s.removeFirst() }
        while let l = s.last, trim.contains(l) { s.removeLast() }
        // A slice of the original storage: copying it is one memcpy, not a scalar-by-scalar rebuild.
        return String(Substring(s))
    }
}

extension String {
    var trimmed: String { self[...].trimmed }

    func trimmingCharacters(in set: String) -> String { self[...].trimmingCharacters(in: set) }
}
