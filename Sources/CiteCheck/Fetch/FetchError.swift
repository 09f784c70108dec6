/// Why a fetch produced no usable response, sorted into the kinds the link statuses need.
public struct FetchError: Sendable, Hashable, Error {
    public enum Kind: String, Sendable, Hashable {
        case timeout
        /// The host name did not resolve.
        case dns
        /// No route to the network or host (typically: this machine is offline).
        case noRoute = "no-route"
        /// Certificate or handshake failure.
        case tls
        /// Refused, reset, or closed without an answer.
        case connection
        case redirectLoop = "redirect-loop"
        case tooManyRedirects = "too-many-redirects"
        /// A redirect to a scheme other than http or https.
        case unsupportedScheme = "unsupported-scheme"
        /// The response's headers passed libcurl's cap (100 KB a line, 300 KB a response): a
        /// limit of the client, not a failing network, so it is neither retried nor "try later".
        case headerLimit = "header-limit"
        case other
    }

    public var kind: Kind
    /// One line: libcurl's reason, or ours.
    public var message: String
    /// False when the transfer gave up before the host name resolved (a lookup that timed out):
    /// like a failed lookup, that says nothing of the site, only of the resolver or the network.
    public var hostResolved: Bool

    public init(_ kind: Kind, _ message: String, hostResolved: Bool = true) {
        self.kind = kind
        self.message = message
        self.hostResolved = hostResolved
    }
}
