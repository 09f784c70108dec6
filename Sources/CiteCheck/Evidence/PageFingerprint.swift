/// A compact likeness of a page's visible text, to tell whether a page is the same page the site
/// returns for a path that does not exist (a soft 404). Tokens are words (ASCII case-folded) and
/// pairs of adjacent Chinese/Japanese/Korean characters; overlapping 4-token shingles are hashed
/// with FNV-1a, so fingerprints are stable across runs and can be stored.
public struct PageFingerprint: Hashable, Sendable {
    /// The normalised title.
    public let title: String
    /// Distinct shingle hashes, sorted: a sorted array is built and intersected without hashing
    /// each of them again, which a Set did for every page read.
    public let shingles: [UInt64]

    static let shingleSize = 4
    static let tokenLimit = 20_000

    public init(title: String?, text: String) {
        self.title = TitleNormalizer.normalize(title ?? "")
        let tokens = Self.tokenHashes(text)
        var hashes: [UInt64] = []
        if tokens.count < Self.shingleSize {
            if !tokens.isEmpty { hashes.append(Self.combine(tokens[...])) }
        } else {
            hashes.reserveCapacity(tokens.count - Self.shingleSize + 1)
            for i in 0...(tokens.count - Self.shingleSize) { hashes.append(Self.combine(tokens[i..<i + Self.shingleSize])) }
        }
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for h in hashes where unique.last != h { unique.append(h) }
        shingles = unique
    }

    /// Jaccard similarity of the shingle sets, 0…1; two pages without text compare by title alone.
    public func similarity(to other: PageFingerprint) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return title == other.title ? 1 : 0 }
        // Both sorted: count the common hashes in one merge.
        var common = 0, i = 0, j = 0
        while i < shingles.count && j < other.shingles.count {
            if shingles[i] == other.shingles[j] {
                common += 1
                i += 1
                j += 1
            } else if shingles[i] < other.shingles[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = shingles.count + other.shingles.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// One pass over the scalars, hashing tokens as it goes: page texts run to tens of kilobytes,
    /// and building a String per token would dominate the cost of evidence extraction.
    static func tokenHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var word = basis
        var inWord = false
        var previousCJK: UInt32?
        func endWord() {
            if inWord { hashes.append(word) }
            word = basis
            inWord = false
        }
        for scalar in text.unicodeScalars {
            guard hashes.count < tokenLimit else { break }
            let v = scalar.value
            if v < 0x80 {
                previousCJK = nil
                var b = UInt8(v)
                let isDigit = b >= 0x30 && b <= 0x39
                let isUpper = b >= 0x41 && b <= 0x5A
                let isLower = b >= 0x61 && b <= 0x7A
                if isDigit || isUpper || isLower {
                    if isUpper { b += 0x20 }
                    word = (word ^ UInt64(b)) &* prime
                    inWord = true
                } else {
                    endWord()
                }
            } else if scalar.isCJK {
                endWord()
                if let previousCJK { hashes.append(((basis ^ UInt64(previousCJK)) &* prime ^ UInt64(v)) &* prime) }
                previousCJK = v
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                previousCJK = nil
                word = (word ^ UInt64(v)) &* prime
                inWord = true
            } else {
                previousCJK = nil
                endWord()
            }
        }
        endWord()
        return hashes
    }

    private static func combine(_ tokens: ArraySlice<UInt64>) -> UInt64 {
        var h = basis
        for token in tokens { h = (h ^ token) &* prime }
        return h
    }
}
