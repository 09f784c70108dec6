/// A compact likeness of a page's visible text, to tell whether a page is the same page the site
/// returns for a path that does not exist (a soft 404). Overlapping 4-token shingles hashed with
/// FNV-1a, so fingerprints are stable across runs and can be stored.
public struct PageFingerprint: Hashable, Sendable {
    /// The normalised title.
    public let title: String
    public let shingles: Set<UInt64>

    static let shingleSize = 4
    static let tokenLimit = 20_000

    public init(title: String?, text: String) {
        self.title = TitleNormalizer.normalize(title ?? "")
        let tokens = Array(TitleNormalizer.tokens(text).prefix(Self.tokenLimit))
        var set = Set<UInt64>()
        if tokens.count < Self.shingleSize {
            if !tokens.isEmpty { set.insert(Self.hash(tokens[...])) }
        } else {
            for i in 0...(tokens.count - Self.shingleSize) { set.insert(Self.hash(tokens[i..<i + Self.shingleSize])) }
        }
        shingles = set
    }

    /// Jaccard similarity of the shingle sets, 0…1; two pages without text compare by title alone.
    public func similarity(to other: PageFingerprint) -> Double {
        if shingles.isEmpty && other.shingles.isEmpty { return title == other.title ? 1 : 0 }
        let common = shingles.intersection(other.shingles).count
        let union = shingles.count + other.shingles.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    private static func hash(_ tokens: ArraySlice<String>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for token in tokens {
            for byte in token.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            h = (h ^ 0x1f) &* 0x100_0000_01b3
        }
        return h
    }
}
