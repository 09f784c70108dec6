/// How the fetch engine behaves. The defaults are chosen to be polite to government and
/// university servers, which often throttle or ban aggressive clients (docs/fetching.md).
public struct FetchOptions: Sendable, Hashable {
    /// Transfers in flight in total (`--concurrency`).
    public var concurrency = 16
    /// Transfers in flight to one host (`--host-concurrency`).
    public var hostConcurrency = 2
    /// Minimum gap between the starts of two requests to one host, in milliseconds (`--host-interval`).
    public var hostIntervalMs = 250
    /// Bound on one whole transfer, in seconds (`--timeout`).
    public var timeout: Double = 30
    /// Bound on connecting (DNS, TCP and TLS), in seconds; never more than `timeout`.
    public var connectTimeout: Double = 10
    /// A transfer slower than `lowSpeedLimit` bytes/s for `lowSpeedTime` seconds is aborted.
    public var lowSpeedLimit = 100
    public var lowSpeedTime = 15
    /// Retries for 408, 429, 5xx, timeouts and resets (`--retries`).
    public var retries = 2
    /// First backoff delay in seconds; it doubles on each retry.
    public var retryBaseDelay: Double = 1
    /// Cap on any single wait, whether from Retry-After or from backoff, in seconds.
    public var maxRetryDelay: Double = Limits.serverWaitSeconds
    /// Cap on a response body in bytes (`--max-body`).
    public var maxBody = Limits.bodyBytes
    /// How much of a PDF to read from the start, and from the end with a Range request.
    public var pdfHeadBytes = 512 * 1024
    public var pdfTailBytes = 128 * 1024
    /// Redirects followed before giving up (`--max-redirects`).
    public var maxRedirects = 10
    /// `--user-agent`. Names the tool honestly; some sites still refuse unknown agents.
    public var userAgent = "Mozilla/5.0 (compatible; CiteCheck/0.1; +https://github.com/citecheck/citecheck)"
    /// Extra request headers, each "Name: Value" (`--header`).
    public var headers: [String] = []
    /// A CA bundle to trust instead of the system's (`--cacert`).
    public var caCertPath: String?
    /// Skip certificate verification (`--insecure`).
    public var insecure = false
    /// curl's HOST1:PORT1:HOST2:PORT2 redirections (`--connect-to`).
    public var connectTo: [String] = []
    /// Per-host politeness from citecheck.toml's `[hosts."…"]` tables, keyed by lower-cased host.
    public var hosts: [String: HostPolicy] = [:]

    /// The host's own policy, if the config file gives one.
    func policy(for host: String) -> HostPolicy? { hosts.isEmpty ? nil : hosts[host.lowercased()] }

    func hostConcurrency(for host: String) -> Int { max(1, policy(for: host)?.concurrency ?? hostConcurrency) }
    /// File types that are only checked for existence, so HEAD saves downloading them.
    /// Everything else is fetched with GET, because later stages read the page's metadata.
    public var headOnlyExtensions: Set<String> = [
        "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "exe", "msi", "dmg", "iso", "apk",
        "mp3", "mp4", "m4a", "m4v", "mov", "avi", "wmv", "mkv", "webm", "wav", "flac", "ogg",
        "jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "webp", "svg",
        "xls", "xlsx", "csv", "json", "xml", "ppt", "pptx", "sav", "dta", "parquet",
    ]

    public init() {}
}
