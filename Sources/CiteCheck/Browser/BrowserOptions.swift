/// `--browser` and its bounds: how many pages render at once, how long each may take, and where
/// the browser connects, so it goes where libcurl goes.
public struct BrowserOptions: Sendable, Hashable {
    /// Chromium's executable.
    public var executable: String
    /// `--browser-concurrency`: pages rendering at once (one Chromium process each).
    public var concurrency = 2
    /// `--browser-timeout`: wall time per page before its whole process group is killed.
    public var timeout: Double = 30
    /// Virtual time a page's scripts get (timers, a reload after a challenge), in milliseconds;
    /// the network is waited for on top of it.
    public var virtualTimeMs = 5_000
    /// `--connect-to` entries, HOST1:PORT1:HOST2:PORT2, as libcurl takes them.
    public var connectTo: [String] = []
    /// SPKI hashes (base64 SHA-256) of the certificates of `--cacert`, trusted for the run.
    public var trustedSPKI: [String] = []
    /// The run's home folder holding an NSS database that trusts `--cacert` (`BrowserTrust`), or nil.
    public var home: String?
    /// `--insecure`: certificates are not verified, for the browser either.
    public var insecure = false
    /// Cap on the rendered DOM read back, in bytes.
    public var maxDOM = 4 * 1024 * 1024

    public init(executable: String) {
        self.executable = executable
    }

    /// The Debian package that provides the browser, for the error when it is missing.
    public static let package = "chromium"

    /// Where Debian and Ubuntu install Chromium; `CITECHECK_CHROMIUM` overrides.
    public static func locate(environment: [String: String]) -> String? {
        var candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        if let chosen = environment["CITECHECK_CHROMIUM"], !chosen.isEmpty { candidates = [chosen] }
        return candidates.first { access($0, X_OK) == 0 }
    }

    /// `--connect-to` as Chromium's `--host-resolver-rules`: "MAP host:port target:port", one per
    /// entry; an empty HOST1 (curl's "any host") maps every host on that port.
    public var hostResolverRules: String? {
        let rules = connectTo.compactMap { entry -> String? in
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 4 else { return nil }
            let host = parts[0].isEmpty ? "*" : parts[0]
            let pattern = parts[1].isEmpty ? host : "\(host):\(parts[1])"
            let target = parts[2].isEmpty ? parts[0] : parts[2]
            return parts[3].isEmpty ? "MAP \(pattern) \(target)" : "MAP \(pattern) \(target):\(parts[3])"
        }
        return rules.isEmpty ? nil : rules.joined(separator: ",")
    }
}

#if canImport(Glibc)
import Glibc
#endif
