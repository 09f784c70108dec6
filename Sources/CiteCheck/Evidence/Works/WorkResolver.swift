import Foundation

/// Looks up every scholarly reference of a paper in the catalogues, through the registries'
/// shared client: first the DOI the note gives (a record that agrees with the note settles it),
/// then Crossref's bibliographic search, then OpenAlex's title search for what Crossref did not
/// match; books by ISBN and by title and author in Open Library, then OpenAlex. Then, for every
/// DOI cited or matched, OpenAlex's `is_retracted` (50 DOIs a request) and the Crossref record of
/// each retraction, correction or concern notice (its `update-to`).
///
/// Requests: one Crossref query per article, one OpenAlex query for each it did not match, one
/// or two Open Library requests per book; the articles' and the books' lookups run side by side
/// (different hosts), each at its service's rate.
public final class WorkResolver: Sendable {
    public let client: RegistryClient
    public var options: DOIResolverOptions { client.options }

    public init(client: RegistryClient) { self.client = client }

    public func lookUp(_ references: [Reference]) -> WorkLookups {
        var lookups = WorkLookups()
        let scholarly = references.compactMap { r in ScholarlyClassifier.kind(of: r).map { (r, $0) } }
        guard !scholarly.isEmpty else { return lookups }
        for (ref, kind) in scholarly { lookups.evidence[ref.id] = WorkEvidence(kind: kind) }
        if options.offline {
            for id in lookups.evidence.keys { lookups.evidence[id]!.failures.append("not asked (--offline)") }
            return lookups
        }
        let endpoints = options.endpoints

        // The DOI the note gives, when its record agrees with the note, is the work.
        let noteDOIs = scholarly.compactMap { $0.0.doi.flatMap(DOI.init) }.uniqued()
        lookups.doiLookups = DOIResolver(client: client).lookUp(noteDOIs)
        var open: [(Reference, ScholarlyClassifier.Kind)] = []
        for (ref, kind) in scholarly {
            if let doi = ref.doi.flatMap(DOI.init), let lookup = lookups.doiLookups[doi.key], let record = lookup.record,
               WorkComparison(record: record, reference: ref).title == .agrees {
                lookups.evidence[ref.id]!.candidates.append(.init(record: record, source: lookup.agency?.isDataCite == true ? .datacite : .crossref))
            } else {
                open.append((ref, kind))
            }
        }
        let articles = open.filter { !$0.1.isBook }.map(\.0)
        let books = open.filter { $0.1.isBook }.map(\.0)
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: 2) { chain in
            if chain == 0 { found.merge(self.articles(articles, endpoints)) } else { found.merge(self.books(books, endpoints)) }
        }
        for (id, extra) in found.all {
            lookups.evidence[id]!.candidates += extra.candidates
            lookups.evidence[id]!.failures += extra.failures
            if let hits = extra.crossrefHits { lookups.evidence[id]!.crossrefHits = hits }
        }

        // Every DOI cited or matched: OpenAlex's flag, and the notices Crossref lists.
        var dois = noteDOIs
        var updates: [WorkUpdate] = lookups.doiLookups.values.compactMap(\.record).flatMap(\.standingUpdates)
        for (ref, _) in scholarly {
            let decision = WorkMatcher.decide(ref, candidates: lookups.evidence[ref.id]!.pairs)
            if decision.match.status == .matched, let best = decision.best {
                if let doi = best.record.doi.flatMap(DOI.init) { dois.append(doi) }
                updates += best.record.standingUpdates
            }
        }
        dois = dois.uniqued()
        lookups.openAlex = openAlexFlags(dois, endpoints)
        let notices = updates.filter { $0.standing != .other }.compactMap { $0.notice.flatMap(DOI.init) }.uniqued()
            .filter { !dois.contains($0) }
        let noticeURLs = notices.map { endpoints.crossrefWork($0, mailto: options.mailto) }
        let answers = client.get(noticeURLs, limit: options.rateLimit)
        for (doi, url) in zip(notices, noticeURLs) {
            if case .success(let body) = DOIResolver.body(answers[url], source: "crossref"), let record = try? CrossrefParser.work(body) {
                lookups.notices[doi.key] = record
            }
        }
        return lookups
    }

    /// Crossref's query for each article, then OpenAlex's for those it did not match.
    private func articles(_ refs: [Reference], _ endpoints: DOIEndpoints) -> [String: WorkEvidence] {
        var out: [String: WorkEvidence] = [:]
        guard !refs.isEmpty else { return out }
        let urls = refs.map { endpoints.crossrefQuery(bibliographic: Self.bibliographic($0), author: Self.family($0.authors.first),
                                                      mailto: options.mailto) }
        let answers = client.get(urls, limit: options.queryRateLimit)
        var unmatched: [Reference] = []
        for (ref, url) in zip(refs, urls) {
            var e = WorkEvidence(kind: .article)
            switch DOIResolver.body(answers[url], source: "Crossref") {
            case .success(let body):
                if let hits = try? CrossrefParser.search(body) {
                    e.crossrefHits = hits
                    e.candidates = hits.map { .init(record: $0, source: .crossref) }
                } else {
                    e.failures.append("Crossref: its answer could not be read")
                }
            case .failure(let problem):
                e.failures.append("Crossref: \(problem.problem)")
            }
            out[ref.id] = e
            if WorkMatcher.decide(ref, candidates: e.pairs).match.status != .matched { unmatched.append(ref) }
        }
        for (id, extra) in openAlexSearch(unmatched, endpoints) {
            out[id]!.candidates += extra.candidates
            out[id]!.failures += extra.failures
        }
        return out
    }

    /// Open Library by ISBN, then by title and author; OpenAlex for the books still unmatched.
    private func books(_ refs: [Reference], _ endpoints: DOIEndpoints) -> [String: WorkEvidence] {
        var out: [String: WorkEvidence] = [:]
        guard !refs.isEmpty else { return out }
        let rate = options.openLibraryRateLimit
        let isbns = Dictionary(refs.map { ref in (ref.id, ISBNLocator.candidates(in: ref.raw).compactMap(ISBN.init)) },
                               uniquingKeysWith: { a, _ in a })
        let isbnURLs = refs.flatMap { isbns[$0.id]!.map(endpoints.openLibraryISBN) }
        let editions = client.get(isbnURLs, limit: rate)
        var needSearch: [Reference] = []
        for ref in refs {
            var e = WorkEvidence(kind: .book)
            for isbn in isbns[ref.id]! {
                let answer = editions[endpoints.openLibraryISBN(isbn)]
                if answer?.status == 404 { continue }  // Open Library does not know this ISBN
                switch DOIResolver.body(answer, source: "Open Library") {
                case .success(let body):
                    if var record = try? OpenLibraryParser.edition(body) {
                        if record.isbns.isEmpty { record.isbns = [isbn.digits] }
                        e.candidates.append(.init(record: record, source: .openlibrary))
                    }
                case .failure(let problem): e.failures.append("Open Library: \(problem.problem)")
                }
            }
            out[ref.id] = e
            if WorkMatcher.decide(ref, candidates: e.pairs).match.status != .matched { needSearch.append(ref) }
        }
        let searchURLs = needSearch.map { endpoints.openLibrarySearch(title: $0.title ?? "", author: Self.family($0.authors.first)) }
        let found = client.get(searchURLs, limit: rate)
        var unmatched: [Reference] = []
        for (ref, url) in zip(needSearch, searchURLs) {
            switch DOIResolver.body(found[url], source: "Open Library") {
            case .success(let body):
                out[ref.id]!.candidates += ((try? OpenLibraryParser.search(body)) ?? []).map { .init(record: $0, source: .openlibrary) }
            case .failure(let problem): out[ref.id]!.failures.append("Open Library: \(problem.problem)")
            }
            if WorkMatcher.decide(ref, candidates: out[ref.id]!.pairs).match.status != .matched { unmatched.append(ref) }
        }
        for (id, extra) in openAlexSearch(unmatched, endpoints) {
            out[id]!.candidates += extra.candidates
            out[id]!.failures += extra.failures
        }
        return out
    }

    private func openAlexSearch(_ refs: [Reference], _ endpoints: DOIEndpoints) -> [String: WorkEvidence] {
        let urls = refs.map { endpoints.openAlexTitleSearch($0.title ?? "", mailto: options.mailto, key: options.openAlexKey) }
        let answers = client.get(urls, limit: .openAlex)
        var out: [String: WorkEvidence] = [:]
        for (ref, url) in zip(refs, urls) {
            var e = WorkEvidence(kind: .article)
            switch DOIResolver.body(answers[url], source: "OpenAlex") {
            case .success(let body):
                if let works = try? OpenAlexParser.list(body) {
                    e.candidates = works.map { .init(record: $0, source: .openalex) }
                } else {
                    e.failures.append("OpenAlex: its answer could not be read")
                }
            case .failure(let problem): e.failures.append("OpenAlex: \(problem.problem)")
            }
            out[ref.id] = e
        }
        return out
    }

    /// OpenAlex's record of each DOI, 50 to a request.
    private func openAlexFlags(_ dois: [DOI], _ endpoints: DOIEndpoints) -> [String: WorkRecord] {
        let chunks = stride(from: 0, to: dois.count, by: 50).map { Array(dois[$0..<min($0 + 50, dois.count)]) }
        let urls = chunks.map { endpoints.openAlexDOIs($0, mailto: options.mailto, key: options.openAlexKey) }
        let answers = client.get(urls, limit: .openAlex)
        var out: [String: WorkRecord] = [:]
        for url in urls {
            guard case .success(let body) = DOIResolver.body(answers[url], source: "OpenAlex"),
                  let works = try? OpenAlexParser.list(body) else { continue }
            for work in works { if let doi = work.doi.flatMap(DOI.init) { out[doi.key] = work } }
        }
        return out
    }

    /// query.bibliographic: title, container and year (the author goes in query.author).
    static func bibliographic(_ r: Reference) -> String {
        [r.title, r.container, r.date.map { String($0.year) }].compactMap { $0 }.joined(separator: " ")
    }

    /// The family name of a cited author: "Luciano Floridi" → "Floridi", "Floridi, L." → "Floridi",
    /// a Chinese name whole.
    static func family(_ name: String?) -> String? {
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
        if name.unicodeScalars.contains(where: \.isCJK) { return name }
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]).trimmingCharacters(in: .whitespaces) }
        let words = name.split(separator: " ").filter { !$0.hasSuffix(".") || $0.count > 2 }
        return words.last.map(String.init) ?? name
    }
}

/// Evidence gathered on the two lookup chains.
private final class Found: @unchecked Sendable {
    private let lock = NSLock()
    private var evidence: [String: WorkEvidence] = [:]

    func merge(_ more: [String: WorkEvidence]) {
        lock.withLock { evidence.merge(more) { a, _ in a } }
    }

    var all: [String: WorkEvidence] { lock.withLock { evidence } }
}
