import Foundation

/// One `check` run over one or more papers: every distinct URL fetched once (minus the recent
/// successes the store lets it reuse), one audit per paper, archived copies for failing links,
/// and each audit recorded in the history store and graded by it.
public struct BatchAuditor: Sendable {
    public var auditor: LinkAuditor
    public var history: HistoryStage
    /// nil: no archive lookups (`--no-archive`).
    public var archive: ArchiveLookup?
    public var archiveTransport: ArchiveLookup.Transport
    /// `--shard`: this worker fetches and audits only the links whose domain falls in it.
    public var shard: Shard

    public init(auditor: LinkAuditor, history: HistoryStage, archive: ArchiveLookup?,
                archiveTransport: ArchiveLookup.Transport? = nil, shard: Shard = .whole) {
        self.shard = shard
        self.auditor = auditor
        self.history = history
        self.archive = archive
        self.archiveTransport = archiveTransport ?? ArchiveLookup.transport(auditor.options)
    }

    public struct Result: Sendable {
        /// In the order of the papers given.
        public var audits: [Audit]
        public var distinctLinks: Int
        public var fetched: Int
        public var reused: Int
        /// The store's ids of the audits recorded, so that `check` can take them back when their
        /// reports cannot be written: an audit counts as done only once its reports exist.
        public var recorded: [Int64] = []
        /// Why the store could not record the audits (a full disk, a failing store); nil when it
        /// did, or when there is no store. Each audit then carries a `store-not-written` finding.
        public var storeProblem: CiteCheckError?
    }

    /// What a fetched page says about itself, reduced to `PageStamp.hash(title:date:)` (the
    /// evidence stage's title and date); runs on the fetch thread while the body is attached.
    public typealias PageStamper = @Sendable (FetchOutcome) -> String?

    /// `papers`: each paper's path (its identity in the store) and its parse. `onOutcome` sees
    /// every fetched page with its body (the evidence stage); `pageStamp` gives the page's stamp,
    /// recorded so that the next audit can report `page-changed`.
    public func run(_ papers: [(path: String, parsed: ParsedPaper)], onOutcome: LinkAuditor.OutcomeHook? = nil,
                    pageStamp: PageStamper? = nil, annotator: (any AuditAnnotator)? = nil) throws -> Result {
        let now = history.clock.now
        var seen = Set<String>()
        let urls = papers.flatMap { $0.parsed.references.flatMap(\.urls) }.filter { shard.owns(url: $0) && seen.insert($0).inserted }
        let plan = try history.plan(auditor.toFetch(urls), now: now)
        let stamps = StampCollector()
        // One session for the links and whatever the annotator asks for while they are fetched.
        let session = auditor.offline || plan.fetch.isEmpty ? nil : FetchSession(options: auditor.options)
        defer { session?.finish() }
        annotator?.begin(session, references: papers.flatMap(\.parsed.references))
        let fetched = auditor.fetch(plan.fetch, session: session) { outcome, verdict in
            onOutcome?(outcome, verdict)
            if let pageStamp, let stamp = pageStamp(outcome) { stamps.add(outcome.url, stamp) }
        }
        var audits = papers.map { auditor.audit($0.parsed, reused: plan.reused, prefetched: fetched, shard: shard) }
        // Page evidence may turn an answering page into a dead one: before the history records it.
        if let annotator { for index in audits.indices { annotator.annotate(&audits[index]) } }
        let pageHashes = stamps.all.merging(annotator?.pageStamps() ?? [:]) { first, _ in first }

        if let archive, fetched.run.state == .complete {
            let requests = audits.flatMap(AuditHistoryAnnotator.archiveRequests)
            if !requests.isEmpty {
                // A cache that cannot be written (a full disk) costs the next run a lookup, not this run.
                var cacheProblem: CiteCheckError?
                let snapshots = try archive.lookup(requests, store: history.store, now: now, transport: archiveTransport,
                                                   cacheProblem: &cacheProblem)
                for index in audits.indices {
                    AuditHistoryAnnotator.apply(archives: snapshots, to: &audits[index])
                    if let cacheProblem { audits[index].findings.append(StoreFailure.archiveCacheFinding(cacheProblem)) }
                }
            }
        }
        // A run that could not reach the network says nothing about the links: keep it out of the history.
        var recordedIDs: [Int64] = []
        var storeProblem: CiteCheckError?
        if fetched.run.state == .complete {
            for (index, paper) in papers.enumerated() {
                let observations = AuditHistoryAnnotator.observations(of: audits[index], now: now, pageHashes: pageHashes,
                                                                          reused: plan.reused)
                let contents = FileManager.default.contents(atPath: paper.path)
                do {
                    if let recorded = try history.record(paper: paper.path, doi: paper.parsed.paper.doi, contents: contents,
                                                         observations: observations, now: now) {
                        AuditHistoryAnnotator.apply(recorded, rule: history.rule, to: &audits[index])
                        recordedIDs.append(recorded.auditID)
                    }
                } catch let error as CiteCheckError {
                    // The links were checked all the same: the reports are written and say so.
                    storeProblem = error
                    break
                }
            }
        }
        if let storeProblem {
            for index in audits.indices { audits[index].findings.insert(StoreFailure.finding(storeProblem), at: 0) }
        }
        var result = Result(audits: audits, distinctLinks: urls.count, fetched: plan.fetch.count, reused: plan.reused.count)
        result.recorded = recordedIDs
        result.storeProblem = storeProblem
        return result
    }
}

/// Page stamps handed over from the fetch thread.
final class StampCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stamps: [String: String] = [:]

    func add(_ url: String, _ stamp: String) {
        lock.lock()
        stamps[url] = stamp
        lock.unlock()
    }

    var all: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return stamps
    }
}
