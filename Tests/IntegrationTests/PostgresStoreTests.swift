import CiteCheck
import Foundation
import Testing

/// The PostgreSQL store against a real throw-away server (`PostgresCluster`), and against the
/// SQLite store given the same audits: the same histories, changes and caches.
@Suite struct PostgresStoreTests {
    static func cluster() throws -> PostgresCluster { try PostgresCluster.shared.get() }

    static func day(_ n: Int, hour: Int = 6) -> Date {
        Date(timeIntervalSince1970: 1_790_000_000 + Double(n) * 86_400 + Double(hour) * 3_600)
    }

    static func audit(_ n: Int, _ links: [(String, String)], paper: String = "issue/article.md", run: String? = nil,
                      shard: Shard? = nil) -> AuditInput {
        AuditInput(paperPath: paper, paperHash: "h\(n)", startedAt: day(n),
                   observations: links.map { LinkObservation(url: $0.0, status: $0.1, httpStatus: $0.1 == "ok" ? 200 : 404,
                                                             finalURL: $0.0, checkedAt: day(n)) },
                   runID: run, shard: shard)
    }

    /// What a store says after the same nights of audits, backend aside.
    static func nights(_ store: HistoryStore) throws -> [String] {
        let rule = ConfirmationRule()
        let dead = "https://a.example/report.pdf", steady = "https://b.example/", walled = "https://c.example/"
        var said: [String] = []
        for (n, status) in ["ok", "dead", "dead", "dead", "ok", "dead"].enumerated() {
            let result = try store.record(audit(n + 1, [(dead, status), (steady, "ok"), (walled, "blocked")]), rule: rule)
            said.append("\(n): \(result.histories.sorted { $0.key < $1.key }) \(result.changes) \(String(describing: result.previousAudit))")
        }
        // A second paper citing the same page shares its history.
        let other = try store.record(audit(7, [(dead, "dead")], paper: "doi:10.1234/other"), rule: rule)
        said.append("other: \(other.histories) \(other.changes)")
        said.append("timeline: \(try store.timeline(url: dead))")
        said.append("paper: \(try store.timeline(paper: "issue/article.md").count) \(try store.audits(paper: "issue/article.md"))")
        said.append("latest: \(try store.latestChecks([dead, steady, "https://never.example/"], upTo: day(6)).sorted { $0.key < $1.key })")
        said.append("standings: \(try store.recordStandings(paper: "issue/article.md", at: day(1), retracted: ["10.1/a": false]))")
        said.append("standings: \(try store.recordStandings(paper: "issue/article.md", at: day(2), retracted: ["10.1/a": true, "10.1/b": false]))")
        said.append("standings: \(try store.recordStandings(paper: "issue/article.md", at: day(3), retracted: ["10.1/a": true, "10.1/b": true]))")
        try store.cacheArchive(url: dead, requested: "20240501000000", snapshot: ArchiveSnapshot(url: "https://web.archive.org/x", timestamp: "20240401000000"), at: day(2))
        try store.cacheArchive(url: steady, requested: "20240501000000", snapshot: nil, at: day(2))
        said.append("archive: \(String(describing: try store.cachedArchive(url: dead, requested: "20240501000000", notBefore: day(1))))"
                    + " \(String(describing: try store.cachedArchive(url: steady, requested: "20240501000000", notBefore: day(1))))"
                    + " \(String(describing: try store.cachedArchive(url: dead, requested: "20240501000000", notBefore: day(3))))")
        store.cacheAnswers([(url: "https://api.crossref.org/works/10.1/a", answer: RegistryClient.Answer(status: 200, body: Data("{}".utf8), cached: false))], at: day(2))
        said.append("answers: \(store.cachedAnswers(["https://api.crossref.org/works/10.1/a", "https://x/"], notBefore: day(1)).mapValues { "\($0.status ?? 0) \($0.body.count) \($0.cached)" })")
        said.append("answered: \(String(describing: try store.answerDate("https://api.crossref.org/works/10.1/a")))")
        try store.cacheSnapshotContent(url: "https://web.archive.org/x", content: MainText(title: "T", text: "words", source: "main"), at: day(2))
        said.append("capture: \(String(describing: try store.cachedSnapshotContent(url: "https://web.archive.org/x")))")
        said.append("audits: \(try store.auditCount()) incomplete: \(try store.incompleteAudits()) integrity: \(try store.integrityCheck())")
        return said
    }

    @Test func theSameAuditsGiveTheSameHistoriesAsSQLite() throws {
        let postgres = try HistoryStore(path: try Self.cluster().database().uri)
        let sqlite = try HistoryStore(path: try CLI.temporaryFolder().appendingPathComponent("h.sqlite").path)
        #expect(postgres.backendName == "postgresql")
        let a = try Self.nights(sqlite), b = try Self.nights(postgres)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) { #expect(x == y) }
        #expect(try postgres.appliedMigrations() == sqlite.appliedMigrations())
    }

    @Test func migrationsAreVersionedAndAppliedOnce() throws {
        let database = try Self.cluster().database()
        let first = try HistoryStore(path: database.uri)
        #expect(try first.appliedMigrations() == ["v1: audits, link checks, archive lookups", "v2: registry answers, work standings",
                                                  "v3: archived page contents", "v4: papers by identity, runs of sharded workers"])
        _ = try first.record(Self.audit(1, [("https://a.example/", "ok")]), rule: ConfirmationRule())
        // Over TCP this time: the same database, nothing applied twice, the audit still there.
        let again = try HistoryStore(path: try Self.cluster().tcpURI(database.name))
        #expect(try again.appliedMigrations().count == 4)
        #expect(try again.auditCount() == 1)
        #expect(try Self.cluster().query(database.name, "SELECT count(*) FROM citecheckmigration") == [["4"]])
    }

    @Test func theEnvironmentNamesTheServer() throws {
        let cluster = try Self.cluster()
        let database = try cluster.database()
        let store = try HistoryStore(path: "postgres://", environment: [
            "PGHOST": cluster.folder, "PGPORT": "\(cluster.port)", "PGUSER": "citecheck", "PGDATABASE": database.name])
        _ = try store.record(Self.audit(1, [("https://a.example/", "ok")]), rule: ConfirmationRule())
        #expect(try cluster.query(database.name, "SELECT paperpath, linkcount FROM audit") == [["issue/article.md", "1"]])
    }

    @Test func aRetriedWorkerReplacesItsAuditAndConcurrentWorkersDoNotCollide() throws {
        let database = try Self.cluster().database()
        let rule = ConfirmationRule()
        // Eight workers' shards of one run record the same 20 papers at once, each from its own connection.
        let stores = try (1...8).map { _ in try HistoryStore(path: database.uri) }
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            for p in 1...20 {
                let links = (1...5).map { ("https://w\(k).example/p\(p)/\($0)", $0 == 1 ? "dead" : "ok") }
                for _ in 0..<(k == 3 ? 2 : 1) {   // worker 3 is retried: its audits must replace, not add
                    _ = try? stores[k].record(Self.audit(2, links, paper: "paper-\(p).md", run: "night", shard: Shard(index: k + 1, count: 8)),
                                              rule: rule)
                }
            }
        }
        let cluster = try Self.cluster()
        #expect(try cluster.query(database.name, "SELECT count(*), count(DISTINCT (paperpath, shard)) FROM audit") == [["160", "160"]])
        #expect(try cluster.query(database.name, "SELECT count(*), count(DISTINCT url) FROM linkcheck") == [["800", "800"]])
        #expect(try stores[0].incompleteAudits() == 0)
    }

    @Test func runsAreRecordedByShardAndRefuseAnotherSplit() throws {
        let store = try HistoryStore(path: try Self.cluster().database().uri)
        try store.recordRun("r1", HistoryStore.RunPart(shard: Shard(index: 2, count: 3), audits: [(paperKey: "b.md", audit: Data("{\"b\":1}".utf8)),
                                                                                                  (paperKey: "a.md", audit: Data("{}".utf8))]), at: Self.day(1))
        try store.recordRun("r1", HistoryStore.RunPart(shard: Shard(index: 2, count: 3), audits: [(paperKey: "b.md", audit: Data("{\"b\":2}".utf8))]), at: Self.day(1))
        let shards = try store.runShards("r1")
        #expect(shards.count == 3)
        #expect(shards.completed == [2])
        let parts = try store.runParts("r1")
        #expect(parts.map(\.shard) == [Shard(index: 2, count: 3)])
        #expect(parts.first?.audits.map(\.paperKey) == ["b.md"])
        #expect(parts.first?.audits.first?.audit == Data("{\"b\":2}".utf8))
        #expect { try store.checkSplit("r1", Shard(index: 1, count: 2)) } throws: { error in
            (error as? CiteCheckError)?.description.contains("split into 3 shards") == true
        }
        #expect(try store.runShards("never").count == nil)
    }

    @Test func anUnreachableServerIsAOneLineErrorWithoutThePassword() throws {
        #expect { try HistoryStore(path: "postgres://u:hunter2@127.0.0.1:1/db", lockTimeout: 5) } throws: { error in
            guard let error = error as? CiteCheckError else { return false }
            return error.description.contains("cannot open the history store") && error.description.contains("127.0.0.1:1")
                && !error.description.contains("hunter2") && !error.description.contains("\n")
        }
        let cluster = try Self.cluster()
        #expect { try HistoryStore(path: cluster.uri("no_such_database")) } throws: { error in
            (error as? CiteCheckError)?.description.contains("does not exist") == true
        }
    }
}
