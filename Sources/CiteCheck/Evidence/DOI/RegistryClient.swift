import Foundation

/// The one client the DOI and work lookups ask the registries through (libcurl, via the fetch
/// engine): each URL at most once per run, each batch at the rate its service allows, tightened
/// further by what the service announces (Crossref's X-Rate-Limit-Limit / -Interval; OpenAlex's
/// X-RateLimit-Remaining: 0 stops further requests to it), and answers kept in the history store's
/// metadata cache so that a nightly audit re-asks only what is older than `--metadata-max-age`.
///
/// A registry host not heard from yet is probed with one request before the rest of its batch,
/// so that an unreachable registry (offline machine: the lookup fails, or there is no route)
/// costs one failed request rather than one per DOI at the polite rate.
public final class RegistryClient: @unchecked Sendable {
    /// One registry answer, without what the lookups do not need.
    public struct Answer: Sendable, Hashable {
        public var status: Int?
        public var body: Data
        public var error: FetchError?
        public var headers: [HTTPHeader]
        /// True when the answer came from the store's cache, not the network.
        public var cached: Bool = false

        public init(status: Int?, body: Data, error: FetchError? = nil, headers: [HTTPHeader] = [], cached: Bool = false) {
            self.status = status
            self.body = body
            self.error = error
            self.headers = headers
            self.cached = cached
        }

        public func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    public let options: DOIResolverOptions
    private let lock = NSLock()
    private var cache: [String: Answer] = [:]
    /// The widest gap between requests (ms) each host has announced so far.
    private var announced: [String: Int] = [:]
    private var reachable = Set<String>()
    private var unreachable: [String: FetchError] = [:]
    /// Hosts that said their allowance is used up (X-RateLimit-Remaining: 0).
    private var exhausted = Set<String>()
    private var sent: [String: Int] = [:]
    private let store: MetadataCache?
    private let now: Date
    private let maxAge: TimeInterval

    /// `store`: the history store's metadata cache (nil: none); answers newer than `maxAge`
    /// before `now` are taken from it.
    public init(options: DOIResolverOptions, store: MetadataCache? = nil, now: Date = Date(), maxAge: TimeInterval = 7 * 86_400) {
        self.options = options
        self.store = store
        self.now = now
        self.maxAge = maxAge
    }

    /// The answers for `urls`, each asked at most once, at most `limit` fast.
    public func get(_ urls: [String], limit: DOIRateLimit) -> [String: Answer] {
        let wanted = urls.uniqued()
        var missing = lock.withLock { wanted.filter { cache[$0] == nil } }
        if let store, !missing.isEmpty {
            let stored = store.cachedAnswers(missing, notBefore: now.addingTimeInterval(-maxAge))
            if !stored.isEmpty {
                lock.withLock { for (url, answer) in stored { cache[url] = answer } }
                missing = missing.filter { stored[$0] == nil }
            }
        }
        var probes: [String] = []
        var rest: [String] = []
        var probed = Set<String>()
        var perHost: [String: Int] = [:]
        for url in missing { perHost[Self.host(url), default: 0] += 1 }
        let known = lock.withLock { reachable }
        for url in missing {
            let host = Self.host(url)
            if known.contains(host) || probed.contains(host) || perHost[host, default: 0] < 2 {
                rest.append(url)
            } else {
                probed.insert(host)
                probes.append(url)
            }
        }
        fetch(probes, limit: limit)
        fetch(rest, limit: limit)
        return lock.withLock {
            Dictionary(wanted.compactMap { url in cache[url].map { (url, $0) } }, uniquingKeysWith: { a, _ in a })
        }
    }

    private func fetch(_ urls: [String], limit: DOIRateLimit) {
        guard !urls.isEmpty else { return }
        var asked: [String] = []
        var rate = limit.divided(among: options.workers)
        lock.withLock {
            for url in urls {
                let host = Self.host(url)
                if let error = unreachable[host] {
                    cache[url] = Answer(status: nil, body: Data(), error: error)
                } else if exhausted.contains(host) {
                    cache[url] = Answer(status: nil, body: Data(), error: FetchError(.connection, "not asked: the registry said its allowance is used up (X-RateLimit-Remaining: 0)"))
                } else {
                    asked.append(url)
                    if let gap = announced[host] { rate.intervalMs = max(rate.intervalMs, gap) }
                }
            }
        }
        guard !asked.isEmpty else { return }
        let outcomes = LinkFetcher(options: fetchOptions(rate)).fetchAll(asked)
        var fresh: [(url: String, answer: Answer)] = []
        lock.withLock {
            for outcome in outcomes {
                let host = Self.host(outcome.url)
                sent[host, default: 0] += max(1, outcome.requests)
                let answer = Answer(status: outcome.httpStatus, body: outcome.body, error: outcome.error, headers: outcome.headers)
                cache[outcome.url] = answer
                if outcome.httpStatus != nil {
                    reachable.insert(host)
                } else if let error = outcome.error, error.kind == .dns || error.kind == .noRoute, !reachable.contains(host) {
                    unreachable[host] = error
                }
                let told = limit.honouring(limit: outcome.header("X-Rate-Limit-Limit"), interval: outcome.header("X-Rate-Limit-Interval"))
                if told.intervalMs > limit.intervalMs { announced[host] = max(announced[host] ?? 0, told.intervalMs) }
                if outcome.header("X-RateLimit-Remaining").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) == 0 {
                    exhausted.insert(host)
                }
                if let status = outcome.httpStatus, (200...299).contains(status) || status == 404 || status == 410 {
                    fresh.append((outcome.url, answer))
                }
            }
        }
        store?.cacheAnswers(fresh, at: now)
    }

    static func host(_ url: String) -> String {
        guard let parts = URLParts(url) else { return url }
        return parts.host + ":" + String(parts.effectivePort ?? 0)
    }

    /// The run's fetch options with the registry's limits, our User-Agent and a JSON Accept.
    func fetchOptions(_ limit: DOIRateLimit) -> FetchOptions {
        var fetch = options.fetch
        fetch.hostConcurrency = limit.concurrency
        fetch.hostIntervalMs = limit.intervalMs  // the sites' --host-interval is for websites, not APIs
        fetch.concurrency = max(1, min(fetch.concurrency, limit.concurrency * 3))
        fetch.userAgent = options.userAgent
        if !fetch.headers.contains(where: { $0.lowercased().hasPrefix("accept:") }) {
            fetch.headers.append("Accept: application/json")
        }
        // Registry answers are small; a huge body is not an answer.
        fetch.maxBody = min(fetch.maxBody, 2 * 1024 * 1024)
        return fetch
    }

    /// The limit in force for `host` ("api.crossref.org:443") after what it announced.
    public func rate(_ limit: DOIRateLimit, for url: String) -> DOIRateLimit {
        lock.withLock {
            var rate = limit.divided(among: options.workers)
            if let gap = announced[Self.host(url)] { rate.intervalMs = max(rate.intervalMs, gap) }
            return rate
        }
    }

    /// Requests sent so far (retries included), by host.
    public var requestsSent: [String: Int] { lock.withLock { sent } }
}

/// Where registry answers are kept between runs (the history store), with the time they were asked.
public protocol MetadataCache: Sendable {
    func cachedAnswers(_ urls: [String], notBefore: Date) -> [String: RegistryClient.Answer]
    func cacheAnswers(_ answers: [(url: String, answer: RegistryClient.Answer)], at time: Date)
}
