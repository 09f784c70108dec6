/// How `DOIResolver` asks the registries.
public struct DOIResolverOptions: Sendable {
    /// The fetch engine's options: timeouts, retries, `--connect-to`, `--cacert`, proxies. The
    /// resolver replaces the per-host limits and the User-Agent with its own.
    public var fetch: FetchOptions
    public var endpoints: DOIEndpoints
    /// `--mailto`: a contact address. Crossref then serves the requests from its polite pool, at
    /// the higher rate; it goes into the User-Agent and into Crossref's `mailto` parameter.
    public var mailto: String?
    /// `--offline`: ask nothing; every DOI that is not invalid is `unverified`.
    public var offline: Bool
    /// Search Crossref for journal articles cited without a DOI, and for better DOIs where the
    /// cited one is invalid, unknown or names another work.
    public var searchMissing: Bool
    /// `--openalex-api-key`: OpenAlex's free key (its keyless allowance is for tests and demos).
    public var openAlexKey: String?
    /// `--shard K/N`'s N: the workers asking the registries at once, which share their allowance.
    public var workers = 1

    public init(fetch: FetchOptions = FetchOptions(), endpoints: DOIEndpoints = DOIEndpoints(), mailto: String? = nil,
                offline: Bool = false, searchMissing: Bool = true, openAlexKey: String? = nil) {
        self.fetch = fetch
        self.endpoints = endpoints
        self.mailto = mailto
        self.offline = offline
        self.searchMissing = searchMissing
        self.openAlexKey = openAlexKey
    }

    /// Honest and reachable: Crossref asks API clients to name themselves and a contact.
    public var userAgent: String {
        "CiteCheck/0.1 (https://github.com/citecheck/citecheck" + (mailto.map { "; mailto:\($0)" } ?? "") + ")"
    }

    /// Single records (handles, agencies, /works/{doi}).
    public var rateLimit: DOIRateLimit { mailto == nil ? .anonymous : .polite }
    /// Lists of records: Crossref's bibliographic queries.
    public var queryRateLimit: DOIRateLimit { mailto == nil ? .anonymousQueries : .politeQueries }
    public var openLibraryRateLimit: DOIRateLimit { mailto == nil ? .openLibrary : .openLibraryIdentified }
}
