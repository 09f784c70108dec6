import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB

/// The history of past audits in one SQLite file (WAL mode), the default backend. Every audit's
/// writes happen in one transaction, so a run killed mid-way leaves the store as it was before that
/// audit, and two audits writing at once wait for each other instead of corrupting the file.
final class SQLiteStore: StoreBackend {
    let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema up to date. Another
    /// process holding the store's lock (or SQLite's write lock) is waited on for at most
    /// `lockTimeout` seconds (`--store-timeout`), then the opening fails with a clear error.
    init(path: String, lockTimeout: Double) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var config = Configuration()
            // Another audit may hold the write lock for a while: wait rather than fail.
            config.busyMode = .timeout(lockTimeout)
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try Self.open(path: path, configuration: config, lockTimeout: lockTimeout)
        } catch let error as DatabaseError {
            throw CiteCheckError(.input, file: path, "cannot open the history store: \(error.message ?? error.description)")
        } catch let error as CiteCheckError {
            throw error
        } catch {
            throw CiteCheckError(.input, file: path, "cannot open the history store: \(error.localizedDescription)")
        }
    }

    /// Opens the pool and migrates it. Several audits starting at once on a new store race to switch
    /// it to WAL and to migrate it: two processes can both see no migration applied and both create
    /// the tables. A lock file serialises the opening across processes, and SQLite's immediate
    /// "busy" answers (which skip the busy handler) are retried.
    private static func open(path: String, configuration: Configuration, lockTimeout: Double) throws -> DatabasePool {
        let lock = Glibc.open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        if lock >= 0 { try Self.acquire(lock, path: path, timeout: lockTimeout) }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try StoreMigrations.migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < 50 {
                attempt += 1
                usleep(useconds_t(20_000 + Int.random(in: 0..<80_000)))
            }
        }
    }

    /// Takes the lock file without blocking for ever: a process that holds it and hangs (or is
    /// stopped) must not hang this audit too.
    private static func acquire(_ lock: Int32, path: String, timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while flock(lock, LOCK_EX | LOCK_NB) != 0 {
            // A file system without locks: carry on unlocked, as SQLite's own locking still holds.
            guard errno == EWOULDBLOCK || errno == EINTR else { return }
            guard Date() < deadline else {
                close(lock)
                throw CiteCheckError(.input, file: path,
                    "the history store is locked by another process (waited \(Int(timeout)) s; raise --store-timeout, or pass --no-store)")
            }
            usleep(50_000)
        }
    }

    // MARK: recording an audit

    /// Records an audit and returns each link's history and the changes since the paper's
    /// previous audit. All or nothing: one transaction. `interruption` (tests) runs after half the
    /// rows are written; if it throws, nothing of this audit remains.
    func record(_ audit: AuditInput, rule: ConfirmationRule, interruption: (() throws -> Void)?) throws -> AuditHistory {
        try wrap {
            try pool.write { db in
                try Self.adopt(db, formerPaths: audit.formerPaths, as: audit.paperPath)
                if let runID = audit.runID {
                    // A worker started again: its earlier audit of this paper in the run (and the
                    // link checks, by cascade) gives way, so nothing is counted twice.
                    try AuditRow.filter(Column("paperPath") == audit.paperPath && Column("runId") == runID
                                        && Column("shard") == audit.shard?.index).deleteAll(db)
                }
                // The previous audit is of an earlier run: the other shards of this one are not "before".
                var earlier = AuditRow.filter(Column("paperPath") == audit.paperPath && Column("startedAt") <= audit.startedAt)
                if let runID = audit.runID { earlier = earlier.filter(Column("runId") == nil || Column("runId") != runID) }
                let previous = try earlier.order(Column("startedAt").desc, Column("id").desc).fetchOne(db)
                var previousStates: [String: ChangeDetector.State]?
                if let previous, let previousID = previous.id {
                    // A sharded run's audit of the paper is one row per shard: together they are the audit.
                    let ids = try previous.runId.map { run in
                        try Int64.fetchAll(db, sql: "SELECT id FROM audit WHERE paperPath = ? AND runId = ?",
                                           arguments: [audit.paperPath, run])
                    } ?? [previousID]
                    let rows = try LinkCheckRow.filter(ids.contains(Column("auditId"))).fetchAll(db)
                    previousStates = Dictionary(rows.map { ($0.url, ChangeDetector.State($0.observation, history: $0.history)) },
                                                uniquingKeysWith: { a, _ in a })
                }

                var row = AuditRow(paperPath: audit.paperPath, paperHash: audit.paperHash,
                                   startedAt: audit.startedAt, linkCount: audit.observations.count,
                                   runId: audit.runID, shard: audit.shard?.index)
                try row.insert(db)
                guard let auditID = row.id else { throw DatabaseError(message: "audit row has no id") }

                var histories: [String: LinkHistory] = [:]
                var states: [ChangeDetector.State] = []
                for (index, observation) in audit.observations.enumerated() {
                    if index == audit.observations.count / 2, let interruption { try interruption() }
                    var timeline = try Self.timeline(db, url: observation.url, upTo: audit.startedAt)
                    if !observation.reused { timeline.append(observation.point) }
                    let history = rule.history(timeline)
                    histories[observation.url] = history
                    states.append(ChangeDetector.State(observation, history: history))
                    var check = LinkCheckRow(
                        id: nil, auditId: auditID, paperPath: audit.paperPath, url: observation.url,
                        checkedAt: observation.reused ? observation.checkedAt : audit.startedAt,
                        status: observation.status, httpStatus: observation.httpStatus,
                        finalUrl: observation.finalURL, pageHash: observation.pageHash, reused: observation.reused,
                        failures: history.failures, firstFailed: history.firstFailed, confirmed: history.confirmed)
                    try check.insert(db)
                }
                if audit.observations.isEmpty, let interruption { try interruption() }
                let changes = ChangeDetector().changes(previous: previousStates, current: states)
                return AuditHistory(auditID: auditID, histories: histories, changes: changes,
                                    previousAudit: previous?.startedAt)
            }
        }
    }

    /// Re-keys the audits a paper was recorded under before (its absolute path, in stores older
    /// than v3, or at the folder it was checked out at then) to its identity, the first time it is
    /// recorded under that identity. A moved paper's old absolute path ends in its relative key.
    private static func adopt(_ db: Database, formerPaths: [String], as key: String) throws {
        guard try AuditRow.filter(Column("paperPath") == key).fetchCount(db) == 0 else { return }
        let exact = try formerPaths.filter { old in
            try old != key && AuditRow.filter(Column("paperPath") == old).fetchCount(db) > 0
        }
        var former = exact
        if exact.isEmpty, !key.hasPrefix("/"), !key.hasPrefix("doi:") {
            // Checked at another folder before: the newest checkout ending in this relative path.
            if let newest = try String.fetchOne(db, sql: """
                SELECT paperPath FROM audit WHERE substr(paperPath, 1, 1) = '/'
                  AND substr(paperPath, -length(:suffix)) = :suffix
                ORDER BY startedAt DESC, id DESC LIMIT 1
                """, arguments: ["suffix": "/" + key]) {
                former = [newest]
            }
        }
        for old in former {
            for table in ["audit", "linkCheck", "workStanding"] {
                try db.execute(sql: "UPDATE \(table) SET paperPath = ? WHERE paperPath = ?", arguments: [key, old])
            }
        }
    }

    /// Real (not reused) checks of a URL up to a time, oldest first, from its last success on
    /// (earlier checks cannot change the verdict, and a nightly audit's store grows for years).
    /// Reused rows repeat an older check and would count it twice.
    private static func timeline(_ db: Database, url: String, upTo time: Date) throws -> [HistoryPoint] {
        let successes = LinkStatusClass.successStatuses.map { "'\($0)'" }.joined(separator: ",")
        return try Row.fetchAll(db, sql: """
            SELECT checkedAt, status FROM linkCheck
            WHERE url = :url AND reused = 0 AND checkedAt <= :time
              AND checkedAt >= COALESCE((SELECT MAX(checkedAt) FROM linkCheck
                                         WHERE url = :url AND reused = 0 AND checkedAt <= :time
                                           AND status IN (\(successes))), '')
            ORDER BY checkedAt, id
            """, arguments: ["url": url, "time": time])
            .map { HistoryPoint(checkedAt: $0["checkedAt"], status: $0["status"]) }
    }

    // MARK: reading

    /// The latest real check of each URL (for `--max-age`), by URL.
    func latestChecks(_ urls: [String], upTo time: Date) throws -> [String: LinkObservation] {
        try wrap {
            try pool.read { db in
                var latest: [String: LinkObservation] = [:]
                for url in Set(urls) {
                    let row = try LinkCheckRow
                        .filter(Column("url") == url && Column("reused") == false && Column("checkedAt") <= time)
                        .order(Column("checkedAt").desc, Column("id").desc)
                        .fetchOne(db)
                    if let row { latest[url] = row.observation }
                }
                return latest
            }
        }
    }

    /// Every check of one URL, across papers, oldest first.
    func timeline(url: String) throws -> [TimelineEntry] {
        try entries(sql: "SELECT * FROM linkCheck WHERE url = ? ORDER BY checkedAt, id", url)
    }

    /// Every check of every link of one paper (by its `PaperKey.identity`), oldest first.
    func timeline(paper: String) throws -> [TimelineEntry] {
        try entries(sql: "SELECT * FROM linkCheck WHERE paperPath = ? ORDER BY url, checkedAt, id", paper)
    }

    /// The audits recorded for a paper, oldest first.
    func audits(paper: String) throws -> [Date] {
        try wrap {
            try pool.read { db in
                try AuditRow.filter(Column("paperPath") == paper).order(Column("startedAt"), Column("id"))
                    .fetchAll(db).map(\.startedAt)
            }
        }
    }

    /// How many audits the store holds, of any paper.
    func auditCount() throws -> Int {
        try wrap { try pool.read { try AuditRow.fetchCount($0) } }
    }

    private func entries(sql: String, _ key: String) throws -> [TimelineEntry] {
        try wrap {
            try pool.read { db in
                try LinkCheckRow.fetchAll(db, sql: sql, arguments: [key]).map {
                    TimelineEntry(paper: $0.paperPath, url: $0.url, checkedAt: $0.checkedAt, status: $0.status,
                                  httpStatus: $0.httpStatus, finalUrl: $0.finalUrl, reused: $0.reused, history: $0.history)
                }
            }
        }
    }

    /// The SQLite journal mode in force ("wal"), and the migrations applied, for checks and tests.
    func journalMode() throws -> String {
        try wrap { try pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" } }
    }

    func appliedMigrations() throws -> [String] {
        try wrap { try pool.read { try StoreMigrations.migrator.appliedMigrations($0) } }
    }

    /// Audits whose link checks are not all there: always 0, since an audit is written whole or not at all.
    func incompleteAudits() throws -> Int {
        try wrap {
            try pool.read {
                try Int.fetchOne($0, sql: """
                    SELECT COUNT(*) FROM audit
                    WHERE linkCount != (SELECT COUNT(*) FROM linkCheck WHERE linkCheck.auditId = audit.id)
                    """) ?? 0
            }
        }
    }

    /// SQLite's own consistency check ("ok" when the file is sound).
    func integrityCheck() throws -> String {
        try wrap { try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") } }
    }

    // MARK: archive cache

    /// A cached archive lookup: `.some(nil)` means the archive was asked and had no copy.
    func cachedArchive(url: String, requested: String, notBefore: Date) throws -> ArchiveSnapshot?? {
        try wrap {
            try pool.read { db in
                guard let row = try ArchiveLookupRow
                    .filter(Column("url") == url && Column("requested") == requested && Column("lookedUpAt") >= notBefore)
                    .fetchOne(db)
                else { return nil }
                guard let snapshotURL = row.snapshotUrl, let timestamp = row.snapshotTimestamp else { return .some(nil) }
                return .some(ArchiveSnapshot(url: snapshotURL, timestamp: timestamp))
            }
        }
    }

    func cacheArchive(url: String, requested: String, snapshot: ArchiveSnapshot?, at time: Date) throws {
        try wrap {
            try pool.write { db in
                try ArchiveLookupRow(url: url, requested: requested, snapshotUrl: snapshot?.url,
                                     snapshotTimestamp: snapshot?.timestamp, lookedUpAt: time).upsert(db)
            }
        }
    }

    // MARK: errors

    /// Database errors become one line naming the store file.
    func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw CiteCheckError(.output, file: path, "history store: \(error.message ?? error.description)")
        }
    }
}
