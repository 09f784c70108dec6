/// A compact likeness of a page's visible text, to tell whether a page is the same page the site
/// returns for a path that does not exist (a soft 404). Tokens are words (ASCII case-folded) and
/// pairs of adjacent Chinese/Japanese/Korean characters; overlapping 4-token shingles are hashed
/// with FNV-1a, so fingerprints are stable across runs and can be stored.
///
/// Only the `sketchSize` smallest shingle hashes are kept (a bottom-k sketch): a long page has
/// twenty thousand shingles, 160 KB that was held for every page read until the last link had
/// settled. Pages with fewer shingles are compared exactly; longer ones by the standard bottom-k
/// estimate of their Jaccard similarity (about ±0.03 near the 0.9 that calls a page a soft 404).
public struct PageFingerprint: Hashable, Sendable {
    /// The normalised title.
    public let title: String
    /// The smallest distinct shingle hashes, sorted, at most `sketchSize` of them.
    public let shingles: [UInt64]
    /// How many distinct shingles the page has in all.
    public let shingleCount: Int

    static let shingleSize = 4
    static let tokenLimit = 20_000
    static let sketchSize = 128

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
        var sketch: [UInt64] = []
        var distinct = 0
        for index in hashes.indices where index == 0 || hashes[index - 1] != hashes[index] {
            distinct += 1
            if sketch.count < Self.sketchSize { sketch.append(hashes[index]) }
        }
        shingleCount = distinct
        shingles = sketch
    }

    /// Jaccard similarity of the shingle sets, 0…1 (estimated from the sketches when a page has
    /// more shingles than they hold); two pages without text compare by title alone.
    public func similarity(to other: PageFingerprint) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return title == other.title ? 1 : 0 }
        // Walk the union of both sorted sketches from the smallest hash, counting what both pages
        // have. Whole sets (pages of at most k shingles) are compared exactly; once a sketch is cut,
        // only the k smallest hashes of the union count, and nothing above the cut sketch's last.
        let aCut = shingleCount > shingles.count, bCut = other.shingleCount > other.shingles.count
        let limit = aCut || bCut ? Self.sketchSize : Int.max
        var union = 0, common = 0, i = 0, j = 0
        while union < limit {
            let aLeft = i < shingles.count, bLeft = j < other.shingles.count
            if (!aLeft && (aCut || !bLeft)) || (!bLeft && bCut) { break }
            if aLeft && bLeft && shingles[i] == other.shingles[j] {
                common += 1
                i += 1
                j += 1
            } else if aLeft && (!bLeft || shingles[i] < other.shingles[j]) {
                i += 1
            } else {
                j += 1
            }
            union += 1
        }
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

    static func combine(_ tokens: ArraySlice<UInt64>) -> UInt64 {
        var h = basis
        for token in tokens { h = (h ^ token) &* prime }
        return h
    }
}
