/// `links[].drift`: the page today against its archived copy from when it was cited
/// (`--drift`, docs/json.md). The contract fields are snapshot, timestamp, titleSimilarity and
/// textSimilarity; the rest say what was compared and on which date.
public struct LinkDrift: Hashable, Sendable, Codable {
    /// The archived copy to cite (web.archive.org/web/<timestamp>/<url>).
    public var snapshot: String
    /// When it was captured, YYYYMMDDhhmmss.
    public var timestamp: String
    /// `TitleSimilarity` of the archived and the current title, 0…1; null when either has none.
    public var titleSimilarity: Double?
    /// Word-shingle Jaccard of the two main texts, 0…1.
    public var textSimilarity: Double
    /// The share of the archived text's shingles still on the page, 0…1.
    public var textContainment: Double
    public var archivedTitle: String?
    public var currentTitle: String?
    /// The date the page was compared as of (YYYY-MM-DD) and where it came from: "accessed"
    /// (the note's access date), "published" (the note's date of the work), "paper" (the paper's date).
    public var asOf: String
    public var dateSource: String
    /// True when the page is judged to differ from what the author saw (`content-changed`).
    public var changed: Bool

    public init(snapshot: String, timestamp: String, titleSimilarity: Double?, textSimilarity: Double, textContainment: Double,
                archivedTitle: String?, currentTitle: String?, asOf: String, dateSource: String, changed: Bool) {
        self.snapshot = snapshot
        self.timestamp = timestamp
        self.titleSimilarity = titleSimilarity
        self.textSimilarity = textSimilarity
        self.textContainment = textContainment
        self.archivedTitle = archivedTitle
        self.currentTitle = currentTitle
        self.asOf = asOf
        self.dateSource = dateSource
        self.changed = changed
    }

    enum CodingKeys: String, CodingKey {
        case snapshot, timestamp, titleSimilarity, textSimilarity, textContainment, archivedTitle, currentTitle, asOf,
            dateSource, changed
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(snapshot, forKey: .snapshot)
        try c.encode(timestamp, forKey: .timestamp)
        try c.encodeNullable(titleSimilarity.map(Self.rounded), forKey: .titleSimilarity)
        try c.encode(Self.rounded(textSimilarity), forKey: .textSimilarity)
        try c.encode(Self.rounded(textContainment), forKey: .textContainment)
        try c.encodeNullable(archivedTitle, forKey: .archivedTitle)
        try c.encodeNullable(currentTitle, forKey: .currentTitle)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(dateSource, forKey: .dateSource)
        try c.encode(changed, forKey: .changed)
    }

    /// Three decimals: the figures are estimates, and reports diff cleanly.
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
