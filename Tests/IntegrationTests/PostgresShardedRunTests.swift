import CiteCheck
import Foundation
import Testing

/// Sharded workers on one PostgreSQL store (issue 16's "Done when"): four at once over a
/// generated corpus on fifty loopback hosts, one of them killed and started again, against one
/// process with SQLite; and a store that goes away under a running worker.
@Suite(.serialized) struct PostgresShardedRunTests {
    static let flags = ["--now", "2026-11-02T06:00:00Z", "--no-archive", "--no-page-checks", "--format", "json",
                        "--retries", "0", "--host-concurrency", "2"]

    @Test func fourWorkersOnOnePostgresStoreAgreeWithOneSQLiteProcess() throws {
        let cluster = try PostgresCluster.shared.get()
        let web = try ShardWeb()
        defer { web.stop() }
        let folder = try CLI.temporaryFolder()
        let cited = try ShardWeb.corpus(in: folder)
        #expect(cited.count == 5000)

        let single = try CLI.run(["check", "corpus", "--store", "single.sqlite", "--output-dir", "single", "--host-interval", "0"]
                                 + Self.flags + web.arguments, cwd: folder.path)
        // Dead pages on a first check are warnings, not yet errors (docs/history.md): exit 0.
        #expect(single.status == 0, "\(single.stderr)")
        let singleStats = try web.stats()
        #expect(singleStats.requests >= 5000)
        web.reset()

        let database = try cluster.database("e2e")
        func worker(_ k: Int, interval: String) -> [String] {
            ["check", "corpus", "--store", database.uri, "--shard", "\(k)/4", "--run-id", "night-7", "--host-interval", interval]
                + Self.flags + web.arguments
        }
        // Four at once; the second is slow (150 ms between requests to a host) and killed mid-run.
        let workers = (1...4).map { k in ShardedRunTests.run(worker(k, interval: k == 2 ? "150" : "0"), in: folder) }
        for process in workers { try process.run() }
        Thread.sleep(forTimeInterval: 2.5)
        kill(workers[1].processIdentifier, SIGKILL)
        for process in workers { process.waitUntilExit() }
        #expect(workers[1].terminationReason == .uncaughtSignal)
        for k in [0, 2, 3] { #expect(workers[k].terminationStatus == 0, "worker \(k + 1)") }
        let early = try CLI.run(["report", "--store", database.uri, "--run-id", "night-7", "--output-dir", "merged"], cwd: folder.path)
        #expect(early.status == 2)
        #expect(early.stderr.contains("shard 2/4 not recorded"), "\(early.stderr)")

        // Started again with the same run and shard, it finishes the shard.
        let again = try CLI.run(worker(2, interval: "0"), cwd: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("shard 2/4 of run night-7 recorded"))

        // Per-host politeness held across the workers with no coordination, as in one process.
        let stats = try web.stats()
        #expect(!stats.peak.isEmpty)
        #expect(stats.peak.values.max() ?? 0 <= 2, "\(stats.peak.filter { $0.value > 2 })")
        #expect(singleStats.peak.values.max() ?? 0 <= 2)
        #expect(stats.peak.values.contains(2), "the test web never saw two requests to a host at once")

        let report = try CLI.run(["report", "--store", database.uri, "--run-id", "night-7", "--output-dir", "merged"], cwd: folder.path)
        #expect(report.status == single.status, "\(report.stderr)")
        let one = try ShardedRunTests.reports(in: folder.appendingPathComponent("single"))
        let merged = try ShardedRunTests.reports(in: folder.appendingPathComponent("merged"))
        #expect(one.count == 200)
        #expect(Set(merged.keys) == Set(one.keys))
        var links = 0
        for (name, report) in one {
            let a = ShardedRunTests.verdicts(report), b = ShardedRunTests.verdicts(merged[name] ?? [:])
            #expect(a.links == b.links, "\(name)")
            #expect(a.findings == b.findings, "\(name)")
            links += a.links.count
        }
        #expect(links == 5200)

        // The store: every citing paper's observation of every link, once; one audit per paper and
        // shard however often a worker started; all four shards recorded.
        let rows = try cluster.query(database.name, "SELECT url, count(*) FROM linkcheck GROUP BY url")
        let observed = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], Int($0[1]) ?? -1) })
        #expect(observed.count == cited.count)
        #expect(observed == cited)
        #expect(try cluster.query(database.name, "SELECT count(*) = count(DISTINCT (paperpath, shard)) FROM audit") == [["t"]])
        #expect(try cluster.query(database.name, "SELECT count(*) FROM audit WHERE linkcount <> (SELECT count(*) FROM linkcheck WHERE auditid = audit.id)") == [["0"]])
        #expect(try cluster.query(database.name, "SELECT string_agg(shard::text, ',' ORDER BY shard) FROM runshard WHERE runid = 'night-7'") == [["1,2,3,4"]])
    }

    @Test func aStoreThatGoesAwayFailsTheWorkerWithNoHalfWrittenReport() throws {
        // A cluster of its own: this test stops it.
        let cluster = try PostgresCluster()
        let database = try cluster.database("gone")
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        try ShardedRunTests.corpus(in: folder, papers: 4)
        // Slow hosts, so the store goes while the pages are still being fetched.
        let worker = ShardedRunTests.run(["check", "issue", "--store", database.uri, "--output-dir", "out", "--format", "json,html",
                                          "--now", "2026-11-02T06:00:00Z", "--no-archive"] + server.arguments + ["--host-interval", "700"],
                                         in: folder)
        let err = Pipe()
        worker.standardError = err
        try worker.run()
        Thread.sleep(forTimeInterval: 1.5)
        try cluster.stop()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 2, "\(stderr)")
        let message = stderr.split(separator: "\n").map(String.init).first { $0.contains("citecheck: postgresql://") } ?? ""
        #expect(message.contains("citecheck: postgresql://citecheck@/\(database.name)"), "\(stderr)")
        #expect(message.contains("history store: "), "\(stderr)")
        // No half-written report: each JSON report there is whole and says the store did not record it.
        let out = folder.appendingPathComponent("out")
        let written = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String]) ?? []
        for name in written where name.hasSuffix(".json") && !name.hasSuffix("summary.json") {
            let data = FileManager.default.contents(atPath: out.appendingPathComponent(name).path) ?? Data()
            let report = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            #expect(report != nil, "\(name) is not whole")
            let kinds = (report?["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(kinds.first == "store-not-written", "\(name): \(kinds)")
        }
    }
}
