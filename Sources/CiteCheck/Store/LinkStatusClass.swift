/// How a check's status (the `links[].status` raw string) weighs in a link's history.
/// Kept on raw strings so the store reads rows written by any version of the status list.
public enum LinkStatusClass: String, Sendable, Hashable {
    /// The page answered: the failure count resets.
    case success
    /// Evidence the link may be gone; counts towards confirmed dead.
    case failure
    /// Says nothing either way (a bot wall, rate limiting, not checked): neither counts nor resets.
    case neutral

    /// The statuses that mean the page answered.
    public static let successStatuses = ["ok", "redirected"]

    public init(status: String) {
        switch status {
        case _ where Self.successStatuses.contains(status): self = .success
        case "dead", "timeout", "dns", "tls", "connection", "server-error": self = .failure
        // blocked and rate-limited are a refusal to a robot, not proof the page is gone;
        // unverified and skipped were never looked at. Unknown statuses stay neutral too.
        default: self = .neutral
        }
    }
}
