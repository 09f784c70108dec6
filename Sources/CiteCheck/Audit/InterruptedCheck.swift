import Foundation

/// What a `check` interrupted by SIGINT or SIGTERM still owes the user: the links checked so far.
/// The fetch thread hands every verdict over as it comes; on the signal, `audits` builds each
/// paper's audit from them, the links not yet answered marked unverified, and `complete` false.
public final class InterruptedCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var verdicts: [String: (FetchOutcome?, LinkVerdict)] = [:]

    public init() {}

    /// Called on the fetch thread for each answered link; the body is dropped, as the audit does.
    public func add(_ outcome: FetchOutcome, _ verdict: LinkVerdict) {
        let kept = outcome.droppingContent()
        lock.withLock { verdicts[outcome.url] = (kept, verdict) }
    }

    public var checked: Int { lock.withLock { verdicts.count } }

    /// Lets go of the verdicts once no partial report can be asked for (the complete reports are
    /// being written): a verdict per distinct link, which a batch would otherwise hold to the end.
    public func forget() {
        lock.withLock { verdicts = [:] }
    }

    /// Each paper's audit as far as the run came. `signal` names the signal in the message.
    public func audits(_ papers: [ParsedPaper], auditor: LinkAuditor, signal: String) -> [Audit] {
        var known = lock.withLock { verdicts }
        let wanted = LinkAuditor.fetchable(papers.flatMap { $0.references.flatMap(\.urls) })
        let distinct = Set(wanted)
        let answered = distinct.filter { known[$0] != nil }.count
        for url in distinct where known[url] == nil {
            known[url] = (nil, LinkVerdict(.unverified, "was not checked: the run was interrupted (\(signal))"))
        }
        let run = LinkCheckRun(state: .interrupted,
                               message: "the run was interrupted (\(signal)) after \(answered) of \(distinct.count) links; the rest were not checked")
        return papers.map { parsed in
            var audit = auditor.audit(parsed, prefetched: FetchedLinks(verdicts: known, run: run))
            audit.complete = false
            return audit
        }
    }
}
