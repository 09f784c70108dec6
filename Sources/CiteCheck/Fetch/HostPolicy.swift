import Foundation

/// Politeness for one host, from a `[hosts."www.un.org"]` table of citecheck.toml: what is set
/// replaces the run's setting for that host only (docs/config.md).
public struct HostPolicy: Sendable, Hashable {
    /// Transfers in flight to this host.
    public var concurrency: Int?
    /// Minimum gap between the starts of two requests to this host, in milliseconds.
    public var intervalMs: Int?
    /// Bound on one whole transfer to this host, in seconds.
    public var timeout: Double?
    /// Extra request headers for this host, each "Name: Value"; a name also set for the run is replaced.
    public var headers: [String]
    public var userAgent: String?

    public init(concurrency: Int? = nil, intervalMs: Int? = nil, timeout: Double? = nil, headers: [String] = [],
                userAgent: String? = nil) {
        self.concurrency = concurrency
        self.intervalMs = intervalMs
        self.timeout = timeout
        self.headers = headers
        self.userAgent = userAgent
    }

    /// The run's headers with this host's added, a header this host names replacing the run's.
    func headers(over run: [String]) -> [String] {
        let names = Set(headers.map(HostPolicy.name))
        return run.filter { !names.contains(HostPolicy.name($0)) } + headers
    }

    static func name(_ header: String) -> String {
        String(header.prefix { $0 != ":" }).trimmingCharacters(in: .whitespaces).lowercased()
    }
}
