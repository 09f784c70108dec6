import Foundation

/// Asks the registries about every DOI of a paper, through the fetch engine (libcurl), and
/// judges the answers with `DOICheck`. In four rounds, each one batch on the engine:
/// handles (is it registered?), agencies of the registered prefixes, Crossref/DataCite records,
/// then Crossref bibliographic searches for the references that need one.
///
/// Politeness: at most `DOIRateLimit` requests per host (Crossref's documented rates, slowed
/// further by its X-Rate-Limit headers from one round to the next); 429 and Retry-After are
/// honoured by the engine's retries; every URL is asked once per run (the cache), so a DOI cited
/// ten times, or ten DOIs of one prefix, cost one request each.
public final class DOIResolver: @unchecked Sendable {
    public let options: DOIResolverOptions
    private let lock = NSLock()
    private var cache: [String: Answer] = [:]
    private var rate: DOIRateLimit
    /// Hosts that have answered, and hosts whose lookup failed or had no route (with the error).
    private var reachable = Set<String>()
    private var unreachable: [String: FetchError] = [:]

    /// One registry answer, without what the resolver does not need.
    struct Answer: Sendable {
        var status: Int?
        var body: Data
        var error: FetchError?
        var headers: [HTTPHeader]
    }

    public init(options: DOIResolverOptions = DOIResolverOptions()) {
        self.options = options
        rate = options.rateLimit
    }

    /// The one call `check` makes: the "dois" entries and the DOI findings of a paper.
    /// `pageDOIs` are the citation_doi values of cited pages, by reference id.
    public func resolve(references: [Reference], paper: PaperMetadata? = nil,
                        pageDOIs: [(reference: String, doi: String)] = []) -> ([DOIRecord], [Finding]) {
        let citations = DOICitation.collect(references: references, paper: paper, pageDOIs: pageDOIs)
        let dois = citations.compactMap { DOI($0.text) }.uniqued()
        let lookups = lookUp(dois)
        var searches: [String: [WorkRecord]] = [:]
        if options.searchMissing && !options.offline {
            let targets = DOICheck.searchTargets(citations: citations, references: references, lookups: lookups)
            searches = search(targets)
        }
        return DOICheck.evaluate(citations: citations, references: references, lookups: lookups, searches: searches)
    }

    /// Handle, agency and record of each DOI, keyed by `DOI.key`.
    public func lookUp(_ dois: [DOI]) -> [String: DOILookup] {
        let endpoints = options.endpoints
        if options.offline {
            return Dictionary(dois.map { ($0.key, DOILookup(doi: $0, registration: .failed("not checked (--offline)"))) },
                              uniquingKeysWith: { a, _ in a })
        }
        let handleAnswers = get(dois.map(endpoints.handle))
        var lookups: [String: DOILookup] = [:]
        for doi in dois {
            lookups[doi.key] = DOILookup(doi: doi, registration: Self.registration(handleAnswers[endpoints.handle(doi)]))
        }
        let registered = dois.filter { if case .registered = lookups[$0.key]!.registration { true } else { false } }

        let prefixes = registered.map(\.prefix).uniqued()
        let agencyAnswers = get(prefixes.map(endpoints.agency))
        var agencies: [String: RegistrationAgency] = [:]
        for prefix in prefixes {
            guard let answer = agencyAnswers[endpoints.agency(prefix)], answer.error == nil,
                  let agency = try? RegistrationAgency.parse(answer.body) else { continue }
            agencies[prefix] = agency
        }

        var metadataURL: [String: (url: String, crossref: Bool)] = [:]
        for doi in registered {
            guard let agency = agencies[doi.prefix] else { continue }
            lookups[doi.key]!.agency = agency
            if agency.isCrossref {
                metadataURL[doi.key] = (endpoints.crossrefWork(doi, mailto: options.mailto), true)
            } else if agency.isDataCite {
                metadataURL[doi.key] = (endpoints.dataCiteWork(doi), false)
            }
        }
        let records = get(registered.compactMap { metadataURL[$0.key]?.url })
        for doi in registered {
            guard let (url, crossref) = metadataURL[doi.key] else { continue }
            let answer = records[url]
            switch Self.body(answer, source: crossref ? "crossref" : "datacite") {
            case .success(let body):
                do throws(DOIResponseError) {
                    lookups[doi.key]!.record = crossref ? try CrossrefParser.work(body) : try DataCiteParser.work(body)
                } catch {
                    lookups[doi.key]!.metadataProblem = error.description
                }
            case .failure(let problem):
                lookups[doi.key]!.metadataProblem = problem.description
            }
        }
        return lookups
    }

    /// Crossref bibliographic search hits for each reference, keyed by reference id; a
    /// reference whose search failed has no entry (and so gets no suggestion).
    public func search(_ references: [Reference]) -> [String: [WorkRecord]] {
        let urls = references.map { options.endpoints.search(DOISuggestionRule.query(for: $0), mailto: options.mailto) }
        let answers = get(urls)
        var hits: [String: [WorkRecord]] = [:]
        for (reference, url) in zip(references, urls) {
            guard case .success(let body) = Self.body(answers[url], source: "search"),
                  let found = try? CrossrefParser.search(body) else { continue }
            hits[reference.id] = found
        }
        return hits
    }

    // MARK: answers

    static func registration(_ answer: Answer?) -> DOILookup.Registration {
        guard let answer else { return .failed("not asked") }
        if let error = answer.error { return .failed(error.message) }
        if answer.status == 429 { return .failed("the DOI handle API is rate-limiting requests (429)") }
        do {
            let handle = try DOIHandleAnswer.parse(answer.body)
            if handle.isRegistered { return .registered(url: handle.url) }
            if handle.isNotFound { return .notFound }
            return .failed("the DOI handle API answered responseCode \(handle.responseCode)")
        } catch {
            let status = answer.status.map { "HTTP \($0), " } ?? ""
            return .failed("the DOI handle API's answer could not be read (\(status)\(error.problem))")
        }
    }

    /// The body of a 2xx answer, or why there is none.
    static func body(_ answer: Answer?, source: String) -> Result<Data, DOIResponseError> {
        guard let answer else { return .failure(DOIResponseError(source, "not asked")) }
        if let error = answer.error { return .failure(DOIResponseError(source, error.message)) }
        guard let status = answer.status, (200...299).contains(status) else {
            return .failure(DOIResponseError(source, "HTTP \(answer.status ?? 0)"))
        }
        return .success(answer.body)
    }

    // MARK: fetching

    /// The answers for `urls`, each asked at most once per resolver.
    ///
    /// A registry host not heard from yet is probed with one request before the rest of its batch,
    /// so that an unreachable registry (offline machine: the lookup fails, or there is no route)
    /// costs one failed request rather than one per DOI at the polite rate.
    func get(_ urls: [String]) -> [String: Answer] {
        let wanted = urls.uniqued()
        lock.lock()
        let missing = wanted.filter { cache[$0] == nil }
        lock.unlock()
        var probes: [String] = []
        var rest: [String] = []
        var probed = Set<String>()
        for url in missing {
            let host = Self.host(url)
            if lockedReachable(host) || probed.contains(host) || missing.lazy.filter({ Self.host($0) == host }).count < 2 {
                rest.append(url)
            } else {
                probed.insert(host)
                probes.append(url)
            }
        }
        fetch(probes)
        fetch(rest)
        lock.lock()
        defer { lock.unlock() }
        return Dictionary(wanted.compactMap { url in cache[url].map { (url, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    private func fetch(_ urls: [String]) {
        guard !urls.isEmpty else { return }
        lock.lock()
        let limit = rate
        var asked: [String] = []
        for url in urls {
            if let error = unreachable[Self.host(url)] {
                cache[url] = Answer(status: nil, body: Data(), error: error, headers: [])
            } else {
                asked.append(url)
            }
        }
        lock.unlock()
        guard !asked.isEmpty else { return }
        let outcomes = LinkFetcher(options: fetchOptions(limit)).fetchAll(asked)
        lock.lock()
        defer { lock.unlock() }
        for outcome in outcomes {
            let host = Self.host(outcome.url)
            cache[outcome.url] = Answer(status: outcome.httpStatus, body: outcome.body, error: outcome.error,
                                        headers: outcome.headers)
            if outcome.httpStatus != nil {
                reachable.insert(host)
            } else if let error = outcome.error, error.kind == .dns || error.kind == .noRoute, !reachable.contains(host) {
                unreachable[host] = error
            }
            rate = rate.honouring(limit: outcome.header("X-Rate-Limit-Limit"),
                                  interval: outcome.header("X-Rate-Limit-Interval"))
        }
    }

    private func lockedReachable(_ host: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return reachable.contains(host)
    }

    static func host(_ url: String) -> String {
        guard let parts = URLParts(url) else { return url }
        return parts.host + ":" + String(parts.effectivePort ?? 0)
    }

    /// The run's fetch options with the registries' limits, our User-Agent and a JSON Accept.
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

    /// The limits in force now (after any X-Rate-Limit headers seen).
    public var currentRateLimit: DOIRateLimit {
        lock.lock()
        defer { lock.unlock() }
        return rate
    }
}
