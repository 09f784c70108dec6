/// One entry of `changes`: what happened to a link since the previous audit of the same paper.
public struct LinkChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Worked (or was not cited) last time, fails now.
        case newlyFailing = "newly-failing"
        /// Its failures now satisfy the confirmation rule.
        case newlyDead = "newly-dead"
        /// Failed last time, works now.
        case recovered
        /// The page's title or date differs from last time.
        case pageChanged = "page-changed"
        /// The redirects now end at a different URL.
        case moved
        /// A cited work (its https://doi.org/ address in `url`) has been retracted or withdrawn
        /// since the previous audit.
        case newlyRetracted = "newly-retracted"
    }

    public var url: String
    public var change: Kind

    public init(url: String, change: Kind) {
        self.url = url
        self.change = change
    }
}
