import ArgumentParser
import CiteCheck
import Foundation

/// The history options of `citecheck check` (issue 6/7): where the store is, the audit's clock,
/// the confirmation rule, the recheck policy and the archive lookups.
struct HistoryOptions: ParsableArguments {
    @Option(help: "The history store: a SQLite file, or a PostgreSQL URI (postgres://user@host:port/db; the PG* environment variables fill what it leaves out; docs/history.md).")
    var store: String = HistoryStore.defaultPath

    @Option(help: "Papers without a DOI are known to the store by their path relative to this folder (default: the top of the git work tree holding the paper, else the current folder), so a moved checkout keeps its history.")
    var root: String?

    @Flag(name: .customLong("no-store"), help: "Keep no history: plain verdicts, no changes, no reuse.")
    var noStore = false

    @Option(help: "The audit's time, ISO 8601 (e.g. 2026-11-30T06:00:00Z); defaults to the clock.")
    var now: String?

    @Option(name: .customLong("confirm-runs"), help: "Failing checks before a link is confirmed dead.")
    var confirmRuns = 3

    @Option(name: .customLong("confirm-days"), help: "Calendar days those failing checks must span.")
    var confirmDays = 3

    @Option(name: .customLong("max-age"), help: "Reuse successes checked more recently than this (e.g. 7d, 12h); failures are always rechecked.")
    var maxAge: String?

    @Flag(name: .customLong("no-archive"), help: "Do not look up archived copies of failing links.")
    var noArchive = false

    @Option(name: .customLong("archive-url"), help: "The Internet Archive availability API.")
    var archiveURL: String = ArchiveLookup.defaultBaseURL

    @Option(name: .customLong("archive-limit"), help: "At most this many archive lookups per run (cached answers are free).")
    var archiveLimit = 50

    @Option(name: .customLong("store-timeout"), help: "Seconds to wait for another audit holding the history store's lock before giving up.")
    var storeTimeout = Limits.storeTimeoutDefault

    mutating func validate() throws {
        if let now, AuditClock.parse(now) == nil {
            throw ValidationError("--now \(now): not an ISO 8601 timestamp (e.g. 2026-11-30T06:00:00Z)")
        }
        let problems = [Limits.confirmRuns.problem(confirmRuns), Limits.confirmDays.problem(confirmDays),
                        Limits.archiveLimit.problem(archiveLimit), Limits.storeTimeout.problem(storeTimeout)]
        if let problem = problems.compactMap({ $0 }).first { throw ValidationError(problem) }
        if let maxAge {
            do { _ = try RecheckPolicy(maxAge: maxAge) } catch let error as CiteCheckError { throw ValidationError(error.description) }
        }
    }

    var clock: AuditClock { now.flatMap(AuditClock.parse).map(AuditClock.fixed) ?? .system }
    var rule: ConfirmationRule { ConfirmationRule(runs: confirmRuns, days: confirmDays) }
    var recheck: RecheckPolicy { (try? maxAge.map(RecheckPolicy.init(maxAge:))) ?? RecheckPolicy() }
    var archive: ArchiveLookup? { archive(budget: nil) }

    /// The dead-link lookups, drawing on the run's `budget` when one is shared with `--drift`.
    func archive(budget: ArchiveBudget?) -> ArchiveLookup? {
        noArchive ? nil : ArchiveLookup(baseURL: archiveURL, maxLookups: archiveLimit).with(budget: budget)
    }

    /// The store, unless `--no-store`.
    func openStore() throws -> HistoryStore? {
        noStore ? nil : try HistoryStore(path: store, lockTimeout: storeTimeout)
    }
}
