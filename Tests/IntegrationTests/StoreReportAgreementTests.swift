import Foundation
import Testing

/// Issue 19: the reports and the history store agree. A store that cannot be written (a full
/// disk) still gets the reports, which say so, and exit 2; reports that cannot be written leave
/// no audit in the store. Through the built binary against the hostile loopback web.
@Suite struct StoreReportAgreementTests {
    /// `SELECT COUNT(*) FROM audit` in the store, read with Python's sqlite3 as another program would.
    static func audits(in store: String) throws -> Int { try rows(of: "audit", in: store) }

    /// `SELECT COUNT(*) FROM table` in the store, read with Python's sqlite3.
    static func rows(of table: String, in store: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM ' + sys.argv[2]).fetchone()[0])", store, table]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Leaves `store` with a write-ahead log its writer never checkpointed (as a process killed
    /// mid-run does): the next writer must append past the log's end, which `ulimit -f` forbids.
    static func leaveUncheckpointedLog(_ store: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import os, sqlite3, sys
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute('PRAGMA wal_autocheckpoint=0')
            db.execute('CREATE TABLE IF NOT EXISTS ballast(x)')
            db.execute('INSERT INTO ballast VALUES (?)', (b'x' * 400000,))
            os._exit(0)
            """, store]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Runs the binary with its files capped at `kilobytes` (a full disk for whatever grows past
    /// that), SIGXFSZ ignored so that a write past the cap fails with EFBIG instead of killing it.
    static func runOnFullDisk(_ arguments: [String], kilobytes: Int) throws -> CLI.Result {
        // sh's ulimit -f counts 512-byte blocks.
        try CLI.run(program: "/bin/sh", ["-c", "trap '' XFSZ; ulimit -f \(kilobytes * 2); exec \"$0\" \"$@\"", CLI.binary] + arguments)
    }

    /// A paper citing `paths` on the hostile server, and a store whose first audit of it is
    /// recorded, with its write-ahead log left un-checkpointed so that the next audit's write grows
    /// the files (what a full disk refuses). The caller removes `folder`.
    static func storeOnTheEdgeOfAFullDisk(_ server: HostileServer, _ paths: [String]) throws -> (folder: URL, paper: String, store: String) {
        let (folder, paper) = try HardeningTests.hostilePaper(server, paths, title: "Page /answered")
        let store = folder.appendingPathComponent("history.sqlite").path
        let first = try CLI.run(["check", paper, "--output", folder.appendingPathComponent("first.json").path] + Self.flags(store, server))
        #expect(first.status == 0 || first.status == 1, "\(first.stderr)")
        #expect(try Self.audits(in: store) == 1)
        try Self.leaveUncheckpointedLog(store)
        return (folder, paper, store)
    }

    /// The store, and the registries on the loopback web too: nothing leaves the machine.
    static func flags(_ store: String, _ server: HostileServer) -> [String] {
        ["--store", store, "--no-archive", "--retries", "0", "--timeout", "20", "--host-interval", "0",
         "--doi-handle-api", server.url("/api/handles"), "--doi-ra-api", server.url("/ra"), "--crossref-api", server.url("/"),
         "--datacite-api", server.url("/"), "--openalex-api", server.url("/"), "--openlibrary-api", server.url("/")]
    }

    @Test func aStoreThatCannotBeWrittenStillGetsTheReportsWhichSaySo() throws {
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path, store) = try Self.storeOnTheEdgeOfAFullDisk(server, ["/answered", "/also"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try Self.runOnFullDisk(["check", path, "--format", "json,text,markdown", "--output-dir", out.path]
                                            + Self.flags(store, server), kilobytes: 256)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("citecheck: \(store): history store:"), "\(result.stderr)")
        #expect(result.stderr.contains("the reports were written; the audit is not recorded in the history store"), "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any])
        #expect(json["complete"] as? Bool == true)
        #expect((json["links"] as? [Any])?.count == 2)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.first?["kind"] as? String == "store-not-written")
        #expect((findings.first?["message"] as? String)?.contains("could not record this audit") == true)
        for name in ["report.txt", "report.md"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("the history store could not record this audit"), "\(name)")
        }
        // The terminal summary says it too.
        #expect(result.stdout.contains("store-not-written") || result.stdout.contains("could not record this audit"), "\(result.stdout)")
        #expect(try Self.audits(in: store) == 1)
    }

    /// The archive's answers for failing links are cached in the store; on a full disk that cache
    /// write fails. The check goes on: the archived copy is still reported, a finding says the
    /// cache was not written, and the store failure that follows is reported as above.
    @Test func anArchiveCacheThatCannotBeWrittenStillReportsTheArchivedCopies() throws {
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path, store) = try Self.storeOnTheEdgeOfAFullDisk(server, ["/answered", "/gone"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let archiveFlags = Self.flags(store, server).filter { $0 != "--no-archive" } + ["--archive-url", server.url("/wayback/available")]
        let result = try Self.runOnFullDisk(["check", path, "--format", "json,text", "--output-dir", out.path] + archiveFlags,
                                            kilobytes: 256)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stderr.contains("the reports were written; the audit is not recorded in the history store"), "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any])
        #expect(json["complete"] as? Bool == true)
        let links = try #require(json["links"] as? [[String: Any]])
        let gone = try #require(links.first { ($0["url"] as? String)?.hasSuffix("/gone") == true })
        #expect(gone["status"] as? String == "dead")
        let archived = try #require(gone["archive"] as? [String: Any], "\(gone)")
        #expect((archived["url"] as? String)?.hasPrefix("http://web.archive.org/web/20240102030405/") == true, "\(archived)")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let kinds = findings.compactMap { $0["kind"] as? String }
        #expect(kinds.contains("archive-cache-not-written"), "\(kinds)")
        #expect(kinds.contains("store-not-written"), "\(kinds)")
        let cacheFinding = findings.first { $0["kind"] as? String == "archive-cache-not-written" }
        #expect(cacheFinding?["severity"] as? String == "info")
        #expect((cacheFinding?["message"] as? String)?.contains("could not be cached in the history store") == true)
        // The dead link's own finding still offers the archived copy.
        let dead = findings.first { $0["kind"] as? String == "dead-link" }
        #expect(dead?["suggestion"] as? String == archived["url"] as? String)
        let text = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(text.contains("archive-cache-not-written"), "\(text)")
        #expect(try Self.audits(in: store) == 1)
    }

    /// A named run (`--run-id`) keeps its audits for `report --run-id`; when its reports cannot be
    /// written, that part of the run is taken back with the audit, and an earlier part put back.
    @Test func aNamedRunWhoseReportsCannotBeWrittenLeavesNoPartOfTheRun() throws {
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path) = try HardeningTests.hostilePaper(server, ["/answered"], title: "Page /answered")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let failed = try CLI.run(["check", path, "--run-id", "nightly", "--output-dir", blocker.appendingPathComponent("out").path]
                                 + Self.flags(store, server))
        #expect(failed.status == 2, "\(failed.stderr)")
        #expect(failed.stderr.contains("(the audit is not recorded in the history store)"), "\(failed.stderr)")
        #expect(try Self.audits(in: store) == 0)
        #expect(try Self.rows(of: "runAudit", in: store) == 0)
        #expect(try Self.rows(of: "runShard", in: store) == 0)
        let report = try CLI.run(["report", "--store", store, "--run-id", "nightly", "--output-dir", folder.appendingPathComponent("merged").path])
        #expect(report.status != 0, "\(report.stdout)")

        // Written, the run is kept; a second attempt that fails puts that part back as it was.
        let out = folder.appendingPathComponent("out").path
        let written = try CLI.run(["check", path, "--run-id", "nightly", "--output-dir", out] + Self.flags(store, server))
        #expect(written.status == 0 || written.status == 1, "\(written.stderr)")
        #expect(try Self.rows(of: "runAudit", in: store) == 1)
        let again = try CLI.run(["check", path, "--run-id", "nightly", "--output-dir", blocker.appendingPathComponent("out").path]
                                + Self.flags(store, server))
        #expect(again.status == 2, "\(again.stderr)")
        #expect(try Self.rows(of: "runAudit", in: store) == 1)
        #expect(try Self.rows(of: "runShard", in: store) == 1)
        let merged = try CLI.run(["report", "--store", store, "--run-id", "nightly", "--output-dir", folder.appendingPathComponent("merged").path])
        #expect(merged.status == 0 || merged.status == 1, "\(merged.stderr)")
    }

    @Test func reportsThatCannotBeWrittenLeaveNoAuditInTheStore() throws {
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path) = try HardeningTests.hostilePaper(server, ["/answered"], title: "Page /answered")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        // A file where the report folder's parent should be: no report can be written, even as root.
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let failed = try CLI.run(["check", path, "--output-dir", blocker.appendingPathComponent("out").path] + Self.flags(store, server))
        #expect(failed.status == 2, "\(failed.stderr)")
        #expect(failed.stderr.contains("(the audit is not recorded in the history store)"), "\(failed.stderr)")
        #expect(try Self.audits(in: store) == 0)

        // The same check with somewhere to write is recorded.
        let written = try CLI.run(["check", path, "--output-dir", folder.appendingPathComponent("out").path] + Self.flags(store, server))
        #expect(written.status == 0 || written.status == 1, "\(written.stderr)")
        #expect(try Self.audits(in: store) == 1)
    }
}
