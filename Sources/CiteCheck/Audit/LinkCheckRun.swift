/// Whether the link check ran, so that nobody mistakes "not checked" for "fine" (`linkCheck` in the JSON).
public struct LinkCheckRun: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        /// Every http(s) link was fetched.
        case complete
        /// `--offline`: the network was skipped on purpose.
        case offline
        /// Every lookup failed or there was no route: the check could not run.
        case networkUnreachable = "network-unreachable"
        /// SIGINT or SIGTERM stopped the run: the links answered by then are reported, the rest unverified.
        case interrupted
    }

    public var state: State
    /// One line for the summary, or null when the check ran.
    public var message: String?

    public init(state: State, message: String? = nil) {
        self.state = state
        self.message = message
    }

    enum CodingKeys: String, CodingKey { case state, message }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encodeNullable(message, forKey: .message)
    }
}
