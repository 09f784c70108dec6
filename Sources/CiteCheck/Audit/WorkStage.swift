import Foundation

/// The work stage of `check`: looks up every scholarly reference of each paper in the catalogues
/// while the links are fetched (it needs only the parsed references), then, once the pages are
/// read, resolves the DOIs (the cited pages' DOIs included) and judges works, DOIs, retractions
/// and ISBNs. One registry client for the run, so a URL asked by the DOI and the work lookups is
/// asked once; with a history store its answers are cached, and new retractions reported.
public final class WorkStage: @unchecked Sendable {
    public let client: RegistryClient
    private let store: HistoryStore?
    private let now: Date
    /// `--shard`: only the works this worker owns are looked up (by DOI, else by title).
    private let shard: Shard
    private let done = DispatchGroup()
    private var lookups: [WorkLookups] = []

    /// `maxAge`: `--metadata-max-age`, how long a cached registry answer is used instead of asking.
    public init(options: DOIResolverOptions, store: HistoryStore?, now: Date, maxAge: TimeInterval, shard: Shard = .whole) {
        var options = options
        options.workers = shard.count
        client = RegistryClient(options: options, store: store, now: now, maxAge: maxAge)
        self.shard = shard
        self.store = store
        self.now = now
    }

    /// Starts the lookups of each paper's references on a thread of their own.
    public func start(_ papers: [[Reference]]) {
        done.enter()
        DispatchQueue.global().async { [self] in
            let resolver = WorkResolver(client: client)
            let found = papers.map { resolver.lookUp($0.filter(self.owns)) }
            lookups = found
            done.leave()
        }
    }

    /// Waits for the lookups and fills in `dois`, `references[].work`, the DOI and work findings,
    /// and (with a store) `changes` for works retracted since the previous audit.
    /// `index`: the paper's place in `start`'s list; `paperPath`: its identity in the store (`HistoryStage.key`).
    public func apply(to audit: inout Audit, index: Int, paperPath: String?, pageDOIs: [(reference: String, doi: String)]) {
        done.wait()
        let found = index < lookups.count ? lookups[index] : WorkLookups()
        let owned = audit.references.filter(owns)
        let (dois, doiFindings) = DOIResolver(client: client).resolve(
            references: owned, paper: audit.paper, pageDOIs: pageDOIs, searched: found.crossrefHits)
        audit.dois = dois
        let verdicts = WorkCheck.evaluate(references: owned, lookups: found, doiFindings: doiFindings)
        for i in audit.references.indices { audit.references[i].work = verdicts.works[audit.references[i].id] }
        audit.findings += doiFindings + verdicts.findings
        if let store, let paperPath, !client.options.offline, !verdicts.retracted.isEmpty,
           let newly = try? store.recordStandings(paper: paperPath, at: now, retracted: verdicts.retracted) {
            let shown = Dictionary(dois.compactMap { r in DOI(r.doi).map { ($0.key, $0.value) } }, uniquingKeysWith: { a, _ in a })
            audit.changes += newly.map { LinkChange(url: "https://doi.org/" + (shown[$0] ?? $0), change: .newlyRetracted) }
        }
    }

    /// A reference's works are one worker's: by its DOI, else by its title (else its id).
    private func owns(_ reference: Reference) -> Bool {
        guard shard.count > 1 else { return true }
        if let doi = reference.doi { return shard.owns(doi: doi) }
        return Shard.number(of: "work:" + (reference.title?.lowercased() ?? reference.id), count: shard.count) == shard.index
    }

    /// Requests sent to the registries and catalogues so far, by host.
    public var requestsSent: [String: Int] { client.requestsSent }
}
