/// A registry answer that could not be read: not JSON, or JSON without the expected members.
/// Parsers return it instead of crashing; the resolver turns it into status `unverified`.
public struct DOIResponseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which answer: "handle", "agency", "crossref", "datacite", "search".
    public var source: String
    public var problem: String

    public init(_ source: String, _ problem: String) {
        self.source = source
        self.problem = problem
    }

    public var description: String { "\(source) answer: \(problem)" }
}
