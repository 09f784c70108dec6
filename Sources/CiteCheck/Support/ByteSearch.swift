extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The first occurrence of `needle`, in this collection's indices. The generic `firstRange(of:)`
    /// (Foundation's DataProtocol version) compared element by element through protocol witnesses
    /// and cost 7% of reading 2,000 pages just to test for "%PDF-".
    func range(ofBytes needle: [UInt8]) -> Range<Int>? {
        if needle.isEmpty { return startIndex..<startIndex }
        guard needle.count <= count else { return nil }
        let found: Int?? = withContiguousStorageIfAvailable { hay in
            needle.withUnsafeBufferPointer { n in ByteSearch.firstOffset(of: n, in: hay) }
        }
        let offset = found ?? Array(self).withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in ByteSearch.firstOffset(of: n, in: hay) }
        }
        return offset.map { (startIndex + $0)..<(startIndex + $0 + needle.count) }
    }

    /// The last occurrence of `needle` (PDF readers search back from the end, where trailers are).
    func lastRange(ofBytes needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty ? endIndex..<endIndex : nil }
        var i = endIndex - needle.count
        while i >= startIndex {
            if self[i] == needle[0] && self[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i -= 1
        }
        return nil
    }
}

/// The one naive substring search over bytes (first byte, then the rest): the needles are short
/// markers and the haystacks at most a few hundred kilobytes. `foldingASCIICase`: the haystack's
/// ASCII letters compare as lower case (the needle must be lower case already).
enum ByteSearch {
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                            foldingASCIICase fold: Bool = false) -> Int? {
        guard let first = needle.first else { return 0 }
        guard hay.count >= needle.count else { return nil }
        @inline(__always) func byte(_ i: Int) -> UInt8 {
            let b = hay[i]
            return fold && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if byte(i) == first {
                var k = 1
                while k < needle.count && byte(i + k) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
