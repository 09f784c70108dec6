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
public final class DOIResolver: Sendable {
    public let options: DOIResolverOptions
    /// Shared with the work lookups, so that a URL asked by either is asked once.
    public let client: RegistryClient

    typealias Answer = RegistryClient.Answer

    public init(options: DOIResolverOptions = DOIResolverOptions()) {
        self.options = options
        client = RegistryClient(options: options)
    }

    public init(client: RegistryClient) {
        options = client.options
        self.client = client
    }

    /// The one call `check` makes: the "dois" entries and the DOI findings of a paper.
    /// `pageDOIs` are the citation_doi values of cited pages, by reference id.
    /// `searched`: Crossref hits the work lookups already have, by reference id; those references
    /// are not searched again.
    public func resolve(references: [Reference], paper: PaperMetadata? = nil,
                        pageDOIs: [(reference: String, doi: String)] = [],
                        searched: [String: [WorkRecord]] = [:]) -> ([DOIRecord], [Finding]) {
        let citations = DOICitation.collect(references: references, paper: paper, pageDOIs: pageDOIs)
        let dois = citations.compactMap { DOI($0.text) }.uniqued()
        let lookups = lookUp(dois)
        var searches: [String: [WorkRecord]] = [:]
        if options.searchMissing && !options.offline {
            let targets = DOICheck.searchTargets(citations: citations, references: references, lookups: lookups)
            searches = search(targets.filter { searched[$0.id] == nil })
            for target in targets { if let hits = searched[target.id] { searches[target.id] = hits } }
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
        let answers = client.get(urls, limit: options.queryRateLimit)
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

    func get(_ urls: [String]) -> [String: Answer] { client.get(urls, limit: options.rateLimit) }

    /// The limits in force now for single records (after any X-Rate-Limit headers seen).
    public var currentRateLimit: DOIRateLimit { client.rate(options.rateLimit, for: options.endpoints.crossref) }
}
