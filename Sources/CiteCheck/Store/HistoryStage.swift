import Foundation

/// The store's part in an audit, in the two places `check` calls it: before fetching (which links
/// need fetching at all) and after (record the audit, get histories and changes). Without a
/// store both are pass-throughs and the run keeps the plain verdicts.
public struct HistoryStage: Sendable {
    public var store: HistoryStore?
    public var clock: AuditClock
    public var rule: ConfirmationRule
    public var recheck: RecheckPolicy
    /// `--root`: papers without a DOI are named by their path relative to it (nil: the git work
    /// tree holding each paper, else the current folder).
    public var root: String?
    /// `--run-id` and `--shard`: audits are recorded as this worker's part of the run.
    public var runID: String?
    public var shard: Shard?

    public init(store: HistoryStore?, clock: AuditClock = .system, rule: ConfirmationRule = ConfirmationRule(),
                recheck: RecheckPolicy = RecheckPolicy(), root: String? = nil) {
        self.store = store
        self.root = root
        self.clock = clock
        self.rule = rule
        self.recheck = recheck
    }

    /// Which links to fetch, and the recent successes reused instead (marked `reused`).
    public struct Plan: Hashable, Sendable {
        public var fetch: [String]
        public var reused: [String: LinkObservation]
    }

    public func plan(_ urls: [String], now: Date) throws -> Plan {
        guard let store, recheck.maxAge != nil else { return Plan(fetch: urls, reused: [:]) }
        let latest = try store.latestChecks(urls, upTo: now)
        var fetch: [String] = []
        var reused: [String: LinkObservation] = [:]
        for url in urls {
            if let last = latest[url], !recheck.needsRecheck(last: last.point, now: now) {
                var kept = last
                kept.reused = true
                reused[url] = kept
            } else {
                fetch.append(url)
            }
        }
        return Plan(fetch: fetch, reused: reused)
    }

    /// The paper's name in the store (`PaperKey.identity`).
    public func key(path: String, doi: String?) -> String { PaperKey.identity(path: path, doi: doi, root: root) }

    /// Records the audit in one transaction; nil without a store.
    public func record(paper path: String, doi: String? = nil, contents: Data?, observations: [LinkObservation],
                       now: Date) throws -> AuditHistory? {
        guard let store else { return nil }
        let input = AuditInput(paperPath: key(path: path, doi: doi), paperHash: contents.map(HistoryStore.paperHash(of:)),
                                   startedAt: now, observations: observations, formerPaths: [PaperKey.of(path)], runID: runID, shard: shard)
        return try store.record(input, rule: rule)
    }
}
