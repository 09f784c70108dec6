import CiteCheck
import Foundation
import Testing

/// `check --shard K/N --run-id ID` workers on one store, then `report --store --run-id`, against one
/// plain `check` of the same corpus; and a corpus that moves folder and keeps its history.
@Suite(.serialized) struct ShardedRunTests {
    /// Papers citing pages on the loopback server's three test domains, some failing.
    static func corpus(in folder: URL, papers: Int = 6) throws {
        let hosts = ["http://www.un-example.org", "http://data.wb-example.org", "http://news-example.com"]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("issue"), withIntermediateDirectories: true)
        for p in 1...papers {
            var notes = "# Paper \(p)\n\nClaims.[^1] More.[^2] And more.[^3] Shared.[^4]\n\n"
            for n in 1...3 {
                let host = hosts[(p + n) % hosts.count]
                notes += "[^\(n)]: Author \(n), \"Page \(p)-\(n),\" \(host)/p\(p)/n\(n) (accessed 2024-05-01).\n"
            }
            notes += "[^4]: Common source, \"Shared,\" \(hosts[0])/shared (accessed 2024-05-01).\n"
            try notes.write(to: folder.appendingPathComponent("issue/paper-\(p).md"), atomically: true, encoding: .utf8)
        }
    }

    static func reports(in folder: URL) throws -> [String: [String: Any]] {
        var found: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let file = folder.appendingPathComponent("\(name)/report.json")
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            found[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        return found
    }

    /// What must agree between one process and the merged shards: every link's status and
    /// history, and the findings (as a set: the shards find them in another order).
    static func verdicts(_ report: [String: Any]) -> (links: [String], findings: Set<String>) {
        let links = (report["links"] as? [[String: Any]] ?? []).map { link in
            "\(link["url"] ?? "") \(link["status"] ?? "") \(link["httpStatus"] ?? "-") \((link["history"] as? [String: Any])?["failures"] ?? "-")"
        }
        let findings = (report["findings"] as? [[String: Any]] ?? []).map { f in
            "\(f["kind"] ?? "") \(f["severity"] ?? "") \(f["reference"] ?? "-") \(f["url"] ?? "-") \(f["message"] ?? "")"
        }
        return (links, Set(findings))
    }

    static func run(_ arguments: [String], in folder: URL) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    @Test func threeWorkersAndOneReportAgreeWithOneProcess() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        server.set("/p1/n1", "404")
        server.set("/p2/n2", "blocked")
        server.set("/p3/n3", "500")
        server.set("/p4/n1", "moved:/p4/moved")
        let folder = try CLI.temporaryFolder()
        try Self.corpus(in: folder)
        let now = ["--now", "2026-11-02T06:00:00Z", "--no-archive", "--format", "json"]

        let single = try CLI.run(["check", "issue", "--store", "single.sqlite", "--output-dir", "single"] + now + server.arguments,
                                 cwd: folder.path)
        #expect(single.status == 0, "\(single.stderr)")
        let singleHits = try server.hits()

        // Two of three workers, at once: the report names the missing shard and writes nothing.
        let first = [1, 2].map { k in
            Self.run(["check", "issue", "--store", "shared.sqlite", "--shard", "\(k)/3", "--run-id", "night-1"] + now + server.arguments,
                     in: folder)
        }
        for worker in first { try worker.run() }
        for worker in first { worker.waitUntilExit(); #expect(worker.terminationStatus == 0) }
        let early = try CLI.run(["report", "--store", "shared.sqlite", "--run-id", "night-1", "--output-dir", "merged"], cwd: folder.path)
        #expect(early.status == 2)
        #expect(early.stderr.contains("shard 3/3 not recorded"), "\(early.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("merged").path))
        // A worker of another split of the same run is refused.
        let wrong = try CLI.run(["check", "issue", "--store", "shared.sqlite", "--shard", "1/2", "--run-id", "night-1"] + now + server.arguments,
                                cwd: folder.path)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("split into 3 shards"), "\(wrong.stderr)")

        // The third worker, run twice (a retried job): nothing is recorded twice.
        for _ in 0..<2 {
            let third = try CLI.run(["check", "issue", "--store", "shared.sqlite", "--shard", "3/3", "--run-id", "night-1"] + now + server.arguments,
                                    cwd: folder.path)
            #expect(third.status == 0, "\(third.stderr)")
            #expect(third.stdout.contains("shard 3/3 of run night-1 recorded"))
        }
        let report = try CLI.run(["report", "--store", "shared.sqlite", "--run-id", "night-1", "--output-dir", "merged"], cwd: folder.path)
        #expect(report.status == single.status, "\(report.stderr)")
        #expect(report.stdout.contains("== run night-1"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("merged/index.html").path))

        // Each page was fetched by one worker (the three shards together as often as one process),
        // except the third shard's, fetched by each of its two runs.
        let after = try server.hits()
        let store = try HistoryStore(path: folder.appendingPathComponent("shared.sqlite").path)
        for path in singleHits.keys where path.hasPrefix("/p") || path == "/shared" {
            let url = ["http://www.un-example.org", "http://data.wb-example.org", "http://news-example.com"]
                .map { $0 + path }.first { url in (try? store.timeline(url: url).isEmpty == false) ?? false }
            guard let url else { continue }
            let owner = Shard.number(of: Shard.key(url: url), count: 3)
            #expect((after[path] ?? 0) - singleHits[path]! == singleHits[path]! * (owner == 3 ? 2 : 1), "\(path)")
            // One observation per citing paper, though shard 3 ran twice.
            #expect(try store.timeline(url: url).count == (path == "/shared" ? 6 : 1), "\(url)")
        }

        let one = try Self.reports(in: folder.appendingPathComponent("single"))
        let merged = try Self.reports(in: folder.appendingPathComponent("merged"))
        #expect(one.count == 6)
        #expect(Set(merged.keys) == Set(one.keys))
        for (name, report) in one {
            let a = Self.verdicts(report), b = Self.verdicts(merged[name] ?? [:])
            #expect(a.links == b.links, "\(name)")
            #expect(a.findings == b.findings, "\(name)")
            #expect(!a.links.isEmpty)
        }
    }

    @Test func aWorkerKilledMidRunAndStartedAgainFinishesItsShardOnce() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        server.set("/p1/n1", "404")
        let folder = try CLI.temporaryFolder()
        try Self.corpus(in: folder, papers: 4)
        let common = ["check", "issue", "--store", "shared.sqlite", "--run-id", "r", "--now", "2026-11-02T06:00:00Z",
                      "--no-archive"] + server.arguments
        // Slow hosts (a request every 700 ms), so the kill lands while pages are being fetched.
        let slow = common + ["--shard", "1/2", "--host-interval", "700"]
        let victim = Self.run(slow, in: folder)
        try victim.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal)
        let early = try CLI.run(["report", "--store", "shared.sqlite", "--run-id", "r", "--output-dir", "out"], cwd: folder.path)
        #expect(early.status == 2)
        #expect(early.stderr.contains("has no recorded shard") || early.stderr.contains("not recorded yet"), "\(early.stderr)")
        for k in [2, 1] {
            let worker = try CLI.run(common + ["--shard", "\(k)/2"], cwd: folder.path)
            #expect(worker.status == 0, "\(worker.stderr)")
        }
        let report = try CLI.run(["report", "--store", "shared.sqlite", "--run-id", "r", "--output-dir", "out"], cwd: folder.path)
        #expect(report.status == 0, "\(report.stderr)")
        let store = try HistoryStore(path: folder.appendingPathComponent("shared.sqlite").path)
        let merged = try Self.reports(in: folder.appendingPathComponent("out"))
        #expect(merged.count == 4)
        for (_, audit) in merged {
            for link in audit["links"] as? [[String: Any]] ?? [] {
                let url = link["url"] as? String ?? ""
                // One observation per citing paper: none lost to the kill, none doubled by the restart.
                #expect(try store.timeline(url: url).count == (url.hasSuffix("/shared") ? 4 : 1), "\(url)")
                #expect((link["history"] as? [String: Any])?["failures"] as? Int == (url.hasSuffix("/p1/n1") ? 1 : 0))
            }
        }
    }

    @Test func badShardsAndRunsAreOneLineUsageErrors() throws {
        let folder = try CLI.temporaryFolder()
        try Self.corpus(in: folder, papers: 1)
        for (arguments, message) in [
            (["check", "issue", "--shard", "5/4"], "--shard must be K/N"),
            (["check", "issue", "--shard", "0/3"], "--shard must be K/N"),
            (["check", "issue", "--shard", "2/3", "--no-store"], "--shard needs a store"),
            (["check", "issue", "--store", "postgres://u:pw@127.0.0.1:1/db", "--offline"], "cannot open the history store"),
            (["check", "issue", "--store", "postgres://u@h/db?colour=blue", "--offline"], "invalid URI query parameter"),
            (["report", "--run-id", "x", "--store", "none.sqlite"], "no history store here"),
            (["report"], "give a JSON audit, or --store and --run-id"),
        ] {
            let result = try CLI.run(arguments, cwd: folder.path)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        _ = try CLI.run(["check", "issue", "--offline", "--store", "s.sqlite", "--no-archive"], cwd: folder.path)
        let unknown = try CLI.run(["report", "--run-id", "never-ran", "--store", "s.sqlite"], cwd: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("run never-ran has no recorded shard"), "\(unknown.stderr)")
    }

    /// In either store: a SQLite file the CI cache carries along, or a PostgreSQL database.
    @Test(arguments: ["sqlite", "postgresql"]) func aCorpusMovedToAnotherFolderKeepsItsHistory(backend: String) throws {
        let server = try HistoryServer()
        defer { server.stop() }
        server.set("/p1/n1", "404")
        let base = try CLI.temporaryFolder()
        let first = base.appendingPathComponent("runner-1/workspace")
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try Self.corpus(in: first, papers: 2)
        let store = backend == "sqlite" ? base.appendingPathComponent("cache/history.sqlite").path
            : try PostgresCluster.shared.get().database("moved").uri
        func check(_ folder: URL, day: Int) throws -> [String: Any] {
            let out = folder.appendingPathComponent("day-\(day).json").path
            let result = try CLI.run(["check", "issue/paper-1.md", "--store", store, "--no-archive", "-o", out,
                                      "--now", "2026-11-0\(day)T06:00:00Z"] + server.arguments, cwd: folder.path)
            #expect(result.status != 2, "\(result.stderr)")
            return (try? JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: out) ?? Data())) as? [String: Any] ?? [:]
        }
        _ = try check(first, day: 1)
        // The runner's workspace is somewhere else the next night; the cache comes along.
        let second = base.appendingPathComponent("runner-7/_work/journal")
        try FileManager.default.createDirectory(at: second.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: first, to: second)
        let day2 = try check(second, day: 2)
        let dead = (day2["links"] as? [[String: Any]])?.first { ($0["url"] as? String)?.hasSuffix("/p1/n1") == true }
        #expect((dead?["history"] as? [String: Any])?["failures"] as? Int == 2)
        #expect((dead?["history"] as? [String: Any])?["firstFailed"] as? String == "2026-11-01T06:00:00Z")
        let history = try CLI.run(["history", "issue/paper-1.md", "--store", store, "--format", "json"], cwd: second.path)
        let entries = (try? JSONSerialization.jsonObject(with: Data(history.stdout.utf8))) as? [[String: Any]] ?? []
        #expect(Set(entries.compactMap { $0["paper"] as? String }) == ["issue/paper-1.md"])
        #expect(entries.count == 8)
    }
}
