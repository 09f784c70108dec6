import Foundation
import PostgresNIO

/// Recording and reading audits in PostgreSQL: the statements of `SQLiteStore`'s, in PostgreSQL's
/// dialect, under the same rules.
extension PostgresStore {
    static let linkCheckColumns = """
        id, auditId, paperPath, url, checkedAt, status, httpStatus, finalUrl, pageHash, reused, failures, firstFailed, confirmed
        """

    static func linkCheck(_ row: PostgresRow) throws -> LinkCheckRow {
        let (id, auditId, paperPath, url, checkedAt, status, httpStatus, finalUrl, pageHash, reused, failures, firstFailed, confirmed)
            = try row.decode((Int64, Int64, String, String, Date, String, Int?, String?, String?, Bool, Int, Date?, Bool).self)
        return LinkCheckRow(id: id, auditId: auditId, paperPath: paperPath, url: url, checkedAt: checkedAt, status: status,
                            httpStatus: httpStatus, finalUrl: finalUrl, pageHash: pageHash, reused: reused,
                            failures: failures, firstFailed: firstFailed, confirmed: confirmed)
    }

    /// Records an audit in one transaction, holding the paper's advisory lock: the shards of a run
    /// record the same paper one after another, each seeing the paper's earlier runs only. A worker
    /// started again deletes its first audit of the paper in the run (and, by cascade, its link
    /// checks) before it writes its own, so a retry counts nothing twice.
    func record(_ audit: AuditInput, rule: ConfirmationRule, interruption: (() throws -> Void)?) throws -> AuditHistory {
        try transaction {
            try lockKey("citecheck:paper:" + audit.paperPath)
            try adopt(formerPaths: audit.formerPaths, as: audit.paperPath)
            let shard = audit.shard?.index
            if let runID = audit.runID {
                try run("DELETE FROM audit WHERE paperPath = \(audit.paperPath) AND runId = \(runID) AND shard IS NOT DISTINCT FROM \(shard)")
            }
            // The previous audit is of an earlier run: the other shards of this one are not "before".
            var earlier: PostgresQuery = "SELECT id, runId, startedAt FROM audit WHERE paperPath = \(audit.paperPath) AND startedAt <= \(audit.startedAt)"
            if let runID = audit.runID {
                earlier = "SELECT id, runId, startedAt FROM audit WHERE paperPath = \(audit.paperPath) AND startedAt <= \(audit.startedAt) AND (runId IS NULL OR runId <> \(runID))"
            }
            earlier.sql += " ORDER BY startedAt DESC, id DESC LIMIT 1"
            let previous = try run(earlier).first.map { try $0.decode((Int64, String?, Date).self) }
            var previousStates: [String: ChangeDetector.State]?
            if let previous {
                let (previousID, previousRun, _) = previous
                // A sharded run's audit of the paper is one row per shard: together they are the audit.
                let ids = try previousRun.map { runID in
                    try run("SELECT id FROM audit WHERE paperPath = \(audit.paperPath) AND runId = \(runID)").map { try $0.decode(Int64.self) }
                } ?? [previousID]
                let rows = try run(PostgresQuery(unsafeSQL: "SELECT \(Self.linkCheckColumns) FROM linkCheck WHERE auditId = ANY($1) ORDER BY id",
                                                 binds: Self.binds(ids)))
                    .map(Self.linkCheck)
                previousStates = Dictionary(rows.map { ($0.url, ChangeDetector.State($0.observation, history: $0.history)) },
                                            uniquingKeysWith: { a, _ in a })
            }

            let auditID = try run("""
                INSERT INTO audit (paperPath, paperHash, startedAt, linkCount, runId, shard)
                VALUES (\(audit.paperPath), \(audit.paperHash), \(audit.startedAt), \(audit.observations.count), \(audit.runID), \(shard))
                RETURNING id
                """).first.map { try $0.decode(Int64.self) } ?? -1

            var histories: [String: LinkHistory] = [:]
            var states: [ChangeDetector.State] = []
            for (index, observation) in audit.observations.enumerated() {
                if index == audit.observations.count / 2, let interruption { try interruption() }
                var timeline = try timeline(url: observation.url, upTo: audit.startedAt)
                if !observation.reused { timeline.append(observation.point) }
                let history = rule.history(timeline)
                histories[observation.url] = history
                states.append(ChangeDetector.State(observation, history: history))
                let checkedAt = observation.reused ? observation.checkedAt : audit.startedAt
                try run("""
                    INSERT INTO linkCheck (auditId, paperPath, url, checkedAt, status, httpStatus, finalUrl, pageHash, reused,
                                           failures, firstFailed, confirmed)
                    VALUES (\(auditID), \(audit.paperPath), \(observation.url), \(checkedAt), \(observation.status),
                            \(observation.httpStatus), \(observation.finalURL), \(observation.pageHash), \(observation.reused),
                            \(history.failures), \(history.firstFailed), \(history.confirmed))
                    """)
            }
            if audit.observations.isEmpty, let interruption { try interruption() }
            let changes = ChangeDetector().changes(previous: previousStates, current: states)
            return AuditHistory(auditID: auditID, histories: histories, changes: changes, previousAudit: previous?.2)
        }
    }

    static func binds(_ ids: [Int64]) -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(ids)
        return bindings
    }

    /// `SQLiteStore.adopt`: re-keys a paper's audits under a former name (an absolute path, or the
    /// newest checkout at another folder ending in its relative key) to its identity, once.
    private func adopt(formerPaths: [String], as key: String) throws {
        guard try count("SELECT COUNT(*) FROM audit WHERE paperPath = \(key)") == 0 else { return }
        var former = try formerPaths.filter { old in
            try old != key && count("SELECT COUNT(*) FROM audit WHERE paperPath = \(old)") > 0
        }
        if former.isEmpty, !key.hasPrefix("/"), !key.hasPrefix("doi:") {
            let suffix = "/" + key
            if let newest = try run("""
                SELECT paperPath FROM audit WHERE left(paperPath, 1) = '/' AND right(paperPath, char_length(\(suffix))) = \(suffix)
                ORDER BY startedAt DESC, id DESC LIMIT 1
                """).first {
                former = [try newest.decode(String.self)]
            }
        }
        for old in former {
            try run("UPDATE audit SET paperPath = \(key) WHERE paperPath = \(old)")
            try run("UPDATE linkCheck SET paperPath = \(key) WHERE paperPath = \(old)")
            try run("UPDATE workStanding SET paperPath = \(key) WHERE paperPath = \(old)")
        }
    }

    func count(_ query: PostgresQuery) throws -> Int {
        try run(query).first.map { try $0.decode(Int.self) } ?? 0
    }

    /// Real checks of a URL up to a time, oldest first, from its last success on.
    private func timeline(url: String, upTo time: Date) throws -> [HistoryPoint] {
        try run("""
            SELECT checkedAt, status FROM linkCheck
            WHERE url = \(url) AND reused = false AND checkedAt <= \(time)
              AND checkedAt >= COALESCE((SELECT MAX(checkedAt) FROM linkCheck
                                         WHERE url = \(url) AND reused = false AND checkedAt <= \(time)
                                           AND status = ANY(\(LinkStatusClass.successStatuses))), '-infinity')
            ORDER BY checkedAt, id
            """).map { row in
            let (checkedAt, status) = try row.decode((Date, String).self)
            return HistoryPoint(checkedAt: checkedAt, status: status)
        }
    }

    func withdraw(audits ids: [Int64]) throws {
        try transaction {
            try run(PostgresQuery(unsafeSQL: "DELETE FROM audit WHERE id = ANY($1)", binds: Self.binds(ids)))
        }
    }

    // MARK: reading

    func latestChecks(_ urls: [String], upTo time: Date) throws -> [String: LinkObservation] {
        try transaction {
            let rows = try run(PostgresQuery(unsafeSQL: """
                SELECT DISTINCT ON (url) \(Self.linkCheckColumns) FROM linkCheck
                WHERE url = ANY($1) AND reused = false AND checkedAt <= $2
                ORDER BY url, checkedAt DESC, id DESC
                """, binds: { var b = PostgresBindings(); b.append(Array(Set(urls))); b.append(time); return b }()))
            return Dictionary(try rows.map(Self.linkCheck).map { ($0.url, $0.observation) }, uniquingKeysWith: { a, _ in a })
        }
    }

    func timeline(url: String) throws -> [TimelineEntry] {
        try entries(PostgresQuery(unsafeSQL: "SELECT \(Self.linkCheckColumns) FROM linkCheck WHERE url = $1 ORDER BY checkedAt, id"), url)
    }

    func timeline(paper: String) throws -> [TimelineEntry] {
        try entries(PostgresQuery(unsafeSQL: "SELECT \(Self.linkCheckColumns) FROM linkCheck WHERE paperPath = $1 ORDER BY url, checkedAt, id"), paper)
    }

    private func entries(_ query: PostgresQuery, _ key: String) throws -> [TimelineEntry] {
        var query = query
        query.binds.append(key)
        return try transaction {
            try run(query).map(Self.linkCheck).map {
                TimelineEntry(paper: $0.paperPath, url: $0.url, checkedAt: $0.checkedAt, status: $0.status,
                              httpStatus: $0.httpStatus, finalUrl: $0.finalUrl, reused: $0.reused, history: $0.history)
            }
        }
    }

    func audits(paper: String) throws -> [Date] {
        try transaction {
            try run("SELECT startedAt FROM audit WHERE paperPath = \(paper) ORDER BY startedAt, id").map { try $0.decode(Date.self) }
        }
    }

    func auditCount() throws -> Int {
        try transaction { try count("SELECT COUNT(*) FROM audit") }
    }

    func incompleteAudits() throws -> Int {
        try transaction {
            try count("""
                SELECT COUNT(*) FROM audit
                WHERE linkCount != (SELECT COUNT(*) FROM linkCheck WHERE linkCheck.auditId = audit.id)
                """)
        }
    }
}
