import Foundation

/// The history of past audits. `--store` names it: a SQLite file (the default,
/// `.citecheck/history.sqlite`) or a PostgreSQL database (`postgres://user@host:port/db`,
/// `postgresql://…`, the libpq URI forms, and the `PG*` environment variables; `StoreLocation`).
/// Each audit is written in one transaction, in either, so a run killed mid-way leaves the store as
/// it was before that audit.
public final class HistoryStore: Sendable {
    /// `--store`'s default, relative to the working folder.
    public static let defaultPath = ".citecheck/history.sqlite"

    /// The store as errors name it: the file, or the PostgreSQL URI without its password.
    public let path: String
    /// "sqlite" or "postgresql".
    public let backendName: String
    let backend: any StoreBackend

    /// Opens (creating if needed) the store `path` names and brings its schema up to date. Another
    /// process holding the store's lock is waited on for at most `lockTimeout` seconds
    /// (`--store-timeout`), then the opening fails with a clear error. `environment` supplies the
    /// `PG*` variables a PostgreSQL URI leaves out.
    public init(path: String, lockTimeout: Double = Limits.storeTimeoutDefault,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if let location = try StoreLocation.postgres(path, environment: environment) {
            self.path = location.description
            backendName = "postgresql"
            backend = try PostgresStore(location, timeout: lockTimeout)
        } else {
            self.path = path
            backendName = "sqlite"
            backend = try SQLiteStore(path: path, lockTimeout: lockTimeout)
        }
    }

    /// Whether `store` names a PostgreSQL server (a `postgres://` or `postgresql://` URI) rather
    /// than a SQLite file, which commands that read a store check exists first.
    public static func isServer(_ store: String) -> Bool {
        let lower = store.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// A short hash of a paper's bytes, recorded with each audit.
    public static func paperHash(of data: Data) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: recording an audit

    /// Records an audit and returns each link's history and the changes since the paper's
    /// previous audit. All or nothing: one transaction.
    public func record(_ audit: AuditInput, rule: ConfirmationRule) throws -> AuditHistory {
        try backend.record(audit, rule: rule, interruption: nil)
    }

    /// `interruption` (tests) runs after half the rows are written; if it throws, nothing of this audit remains.
    func record(_ audit: AuditInput, rule: ConfirmationRule, interruption: (() throws -> Void)?) throws -> AuditHistory {
        try backend.record(audit, rule: rule, interruption: interruption)
    }

    /// Takes back audits whose reports could not be written: deletes the audits `ids` and, by
    /// cascade, their link checks, in one transaction.
    public func withdraw(audits ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        try backend.withdraw(audits: ids)
    }

    // MARK: reading

    /// The latest real check of each URL (for `--max-age`), by URL.
    public func latestChecks(_ urls: [String], upTo time: Date) throws -> [String: LinkObservation] {
        try backend.latestChecks(urls, upTo: time)
    }

    /// Every check of one URL, across papers, oldest first.
    public func timeline(url: String) throws -> [TimelineEntry] { try backend.timeline(url: url) }

    /// Every check of every link of one paper (by its `PaperKey.identity`), oldest first.
    public func timeline(paper: String) throws -> [TimelineEntry] { try backend.timeline(paper: paper) }

    /// The audits recorded for a paper, oldest first.
    public func audits(paper: String) throws -> [Date] { try backend.audits(paper: paper) }

    /// How many audits the store holds, of any paper.
    public func auditCount() throws -> Int { try backend.auditCount() }

    /// SQLite's journal mode in force ("wal"; "postgresql" for a PostgreSQL store).
    public func journalMode() throws -> String { try backend.journalMode() }

    /// The migrations applied, oldest first: the same names in either backend.
    public func appliedMigrations() throws -> [String] { try backend.appliedMigrations() }

    /// Audits whose link checks are not all there: always 0, since an audit is written whole or not at all.
    public func incompleteAudits() throws -> Int { try backend.incompleteAudits() }

    /// The database's own consistency check ("ok" when sound).
    public func integrityCheck() throws -> String { try backend.integrityCheck() }

    // MARK: caches

    /// A cached archive lookup: `.some(nil)` means the archive was asked and had no copy.
    public func cachedArchive(url: String, requested: String, notBefore: Date) throws -> ArchiveSnapshot?? {
        try backend.cachedArchive(url: url, requested: requested, notBefore: notBefore)
    }

    public func cacheArchive(url: String, requested: String, snapshot: ArchiveSnapshot?, at time: Date) throws {
        try backend.cacheArchive(url: url, requested: requested, snapshot: snapshot, at: time)
    }

    /// When the cached registry answer for `url` was asked, if it is cached.
    public func answerDate(_ url: String) throws -> Date? { try backend.answerDate(url) }

    /// Records whether each DOI (by `DOI.key`) stands retracted at this audit of the paper, and
    /// returns the DOIs retracted now that were not at the paper's previous recorded audit (a DOI
    /// cited for the first time and already retracted counts too). Nothing at the first audit.
    public func recordStandings(paper path: String, at time: Date, retracted: [String: Bool]) throws -> [String] {
        try backend.recordStandings(paper: path, at: time, retracted: retracted)
    }

    /// The main text of an archived capture read earlier (`--drift`), or nil when never read.
    public func cachedSnapshotContent(url: String) throws -> MainText? { try backend.cachedSnapshotContent(url: url) }

    public func cacheSnapshotContent(url: String, content: MainText, at time: Date) throws {
        try backend.cacheSnapshotContent(url: url, content: content, at: time)
    }
}

/// The registry answers by URL with their date: `--metadata-max-age` reuses them.
extension HistoryStore: MetadataCache {
    public func cachedAnswers(_ urls: [String], notBefore: Date) -> [String: RegistryClient.Answer] {
        backend.cachedAnswers(urls, notBefore: notBefore)
    }

    public func cacheAnswers(_ answers: [(url: String, answer: RegistryClient.Answer)], at time: Date) {
        backend.cacheAnswers(answers, at: time)
    }
}
