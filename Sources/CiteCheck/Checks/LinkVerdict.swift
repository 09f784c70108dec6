/// A link's status with the evidence for it, and the fix when there is one.
public struct LinkVerdict: Sendable, Hashable {
    public var status: LinkStatus
    /// One sentence: what was seen (status code, error, where the redirects ended).
    public var message: String
    /// The concrete fix, such as the final URL of a permanent redirect.
    public var suggestion: String?

    public init(_ status: LinkStatus, _ message: String, suggestion: String? = nil) {
        self.status = status
        self.message = message
        self.suggestion = suggestion
    }
}
