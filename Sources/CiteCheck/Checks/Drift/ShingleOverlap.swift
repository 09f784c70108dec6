/// How much of one text survives in another, by word shingles (runs of `size` consecutive tokens;
/// Chinese, Japanese and Korean text by character pairs, as `PageFingerprint` tokenises).
/// Simple overlap measures like these do as well as semantic ones at telling a page that drifted
/// from one that was merely edited, and both figures are reported:
/// - `jaccard`: shared shingles over all shingles of either text (symmetric; falls when the page grew);
/// - `containment`: the share of the archived text's shingles still on the page (what the author
///   saw that is still there; a page that only grew keeps 1).
public struct ShingleOverlap: Hashable, Sendable {
    public var jaccard: Double
    public var containment: Double
    /// Distinct shingles of the archived and the current text.
    public var archivedShingles: Int
    public var currentShingles: Int

    public static let size = 3

    /// `archived`: the snapshot's text; `current`: today's.
    public init(archived: String, current: String) {
        let a = Self.shingles(archived), b = Self.shingles(current)
        archivedShingles = a.count
        currentShingles = b.count
        let shared = a.intersection(b).count
        let union = a.count + b.count - shared
        jaccard = union == 0 ? 1 : Double(shared) / Double(union)
        containment = a.isEmpty ? (b.isEmpty ? 1 : 0) : Double(shared) / Double(a.count)
    }

    static func shingles(_ text: String) -> Set<UInt64> {
        let tokens = PageFingerprint.tokenHashes(text)
        guard tokens.count >= size else { return tokens.isEmpty ? [] : [PageFingerprint.combine(tokens[...])] }
        var out = Set<UInt64>()
        out.reserveCapacity(tokens.count)
        for i in 0...(tokens.count - size) { out.insert(PageFingerprint.combine(tokens[i..<i + size])) }
        return out
    }
}
