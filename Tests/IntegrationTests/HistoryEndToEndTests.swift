import CiteCheck
import Foundation
import Testing

/// `citecheck check` with its history store, run as a user runs it on successive simulated days
/// (`--now`) against the loopback server, which also plays archive.org.
@Suite(.serialized) struct HistoryEndToEndTests {
    static let annual = "http://www.un-example.org/reports/2019-annual"
    static let open = "http://data.wb-example.org/open"
    static let story = "http://news-example.com/story"
    static let later = "http://www.un-example.org/only-later"

    static let paper = """
        # A short paper

        Link rot is common.[^1] Data moves.[^2] Walls go up.[^3]

        [^1]: United Nations, "Annual Report 2019," \(annual) (accessed 2020-01-10).
        [^2]: World Bank, "Open data," \(open) (accessed 2024-05-01).
        [^3]: Example News, "Walled story," \(story) (accessed 2024-05-01).

        """

    struct Run {
        var status: Int32
        var stdout: String
        var json: [String: Any]
        func link(_ url: String) -> [String: Any]? {
            (json["links"] as? [[String: Any]])?.first { $0["url"] as? String == url }
        }
        func history(_ url: String) -> [String: Any]? { link(url)?["history"] as? [String: Any] }
        func findings(_ url: String) -> [[String: Any]] {
            (json["findings"] as? [[String: Any]] ?? []).filter { $0["url"] as? String == url }
        }
        var changes: [String] {
            (json["changes"] as? [[String: Any]] ?? []).map { "\($0["change"] as? String ?? "") \($0["url"] as? String ?? "")" }
        }
    }

    static func check(_ folder: URL, _ server: HistoryServer, day: Int, paper: String = "paper.md", _ extra: [String] = []) throws -> Run {
        let output = folder.appendingPathComponent("report-\(day).json").path
        let result = try CLI.run(["check", paper, "--now", String(format: "2026-11-%02dT06:00:00Z", day), "-o", output]
                                 + server.arguments + extra, cwd: folder.path)
        let data = FileManager.default.contents(atPath: output) ?? Data()
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return Run(status: result.status, stdout: result.stdout + result.stderr, json: json)
    }

    static func folderWithPaper(_ text: String = paper) throws -> URL {
        let folder = try CLI.temporaryFolder()
        try text.write(to: folder.appendingPathComponent("paper.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aLinkGoesDownStaysDownThenRecoversWhileABlockedLinkStaysBlocked() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try Self.folderWithPaper()
        server.set("/story", "blocked")

        // Day 1: everything but the walled story answers.
        let day1 = try Self.check(folder, server, day: 1)
        #expect(day1.status == 0, "\(day1.stdout)")
        #expect(day1.history(Self.annual)?["failures"] as? Int == 0)
        #expect(day1.changes.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".citecheck/history.sqlite").path))

        // Days 2–4: the report is gone. A warning until the third failure on the third day.
        server.set("/reports/2019-annual", "404")
        let day2 = try Self.check(folder, server, day: 2)
        #expect(day2.status == 0)
        #expect(day2.history(Self.annual)?["failures"] as? Int == 1)
        #expect(day2.history(Self.annual)?["firstFailed"] as? String == "2026-11-02T06:00:00Z")
        #expect(day2.history(Self.annual)?["confirmed"] as? Bool == false)
        let warning = try #require(day2.findings(Self.annual).first)
        #expect(warning["kind"] as? String == "dead-link")
        #expect(warning["severity"] as? String == "warning")
        #expect((warning["message"] as? String)?.contains("failing since 2026-11-02, 1 of 3 checks") == true)
        #expect(day2.changes == ["newly-failing \(Self.annual)"])

        let day3 = try Self.check(folder, server, day: 3)
        #expect(day3.status == 0)
        #expect(day3.history(Self.annual)?["failures"] as? Int == 2)
        #expect(day3.changes.isEmpty)

        let day4 = try Self.check(folder, server, day: 4)
        #expect(day4.status == 1, "confirmed dead is an error")
        #expect(day4.history(Self.annual)?["confirmed"] as? Bool == true)
        #expect(day4.findings(Self.annual).first?["severity"] as? String == "error")
        #expect(day4.changes == ["newly-dead \(Self.annual)"])

        // Day 5: back again. The count resets.
        server.set("/reports/2019-annual", "200")
        let day5 = try Self.check(folder, server, day: 5)
        #expect(day5.status == 0)
        #expect(day5.history(Self.annual)?["failures"] as? Int == 0)
        #expect(day5.history(Self.annual)?["firstFailed"] is NSNull)
        #expect(day5.changes == ["recovered \(Self.annual)"])

        // The blocked link never counted towards dead, on any day.
        for run in [day1, day2, day3, day4, day5] {
            #expect(run.link(Self.story)?["status"] as? String == "blocked")
            #expect(run.history(Self.story)?["failures"] as? Int == 0)
            #expect(run.findings(Self.story).allSatisfy { $0["severity"] as? String == "warning" })
        }

        // The timeline, through `citecheck history`.
        let timeline = try CLI.run(["history", Self.annual], cwd: folder.path)
        #expect(timeline.status == 0)
        let lines = timeline.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[4].contains("2026-11-04 06:00:00  dead         404  confirmed dead, failing since 2026-11-02"))
        #expect(lines[5].contains("2026-11-05 06:00:00  ok           200"))
    }

    @Test func archivedCopiesComeFromBeforeTheAccessDateThenAfterAndAreCached() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let paper = Self.paper + "[^4]: UN, \"Later,\" \(Self.later) (accessed 2024-03-01).\n"
        let folder = try Self.folderWithPaper(paper.replacingOccurrences(of: "Walls go up.[^3]", with: "Walls go up.[^3] Later.[^4]"))
        server.set("/reports/2019-annual", "404")
        server.set("/only-later", "410")

        let first = try Self.check(folder, server, day: 1)
        let annual = try #require(first.link(Self.annual)?["archive"] as? [String: Any])
        // Accessed 2020-01-10: the capture of 2019-03-01, not the nearer one of 2020-01-15.
        #expect(annual["timestamp"] as? String == "20190301120000")
        #expect(annual["url"] as? String == "http://web.archive.org/web/20190301120000/\(Self.annual)")
        #expect(first.findings(Self.annual).first?["suggestion"] as? String == annual["url"] as? String)
        // Nothing before 2024-03-01: the closest after.
        #expect((first.link(Self.later)?["archive"] as? [String: Any])?["timestamp"] as? String == "20250101000000")
        // Working links are not looked up.
        #expect(first.link(Self.open)?["archive"] is NSNull)
        #expect(first.stdout.contains("2019-03-01: http://web.archive.org/web/20190301120000/"))
        let lookups = try server.hits()["/wayback/available"] ?? 0
        #expect(lookups == 2)

        // The next day's audit answers from the store's cache.
        let second = try Self.check(folder, server, day: 2)
        #expect((second.link(Self.annual)?["archive"] as? [String: Any])?["timestamp"] as? String == "20190301120000")
        #expect(try server.hits()["/wayback/available"] == lookups)

        // --no-archive: no lookups, archive null.
        let third = try Self.check(folder, server, day: 3, ["--no-archive"])
        #expect(third.link(Self.annual)?["archive"] is NSNull)
    }

    @Test func maxAgeReusesRecentSuccessesButRechecksFailures() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try Self.folderWithPaper()
        server.set("/reports/2019-annual", "404")
        _ = try Self.check(folder, server, day: 1)
        let before = try server.hits()

        let second = try Self.check(folder, server, day: 2, ["--max-age", "7d"])
        #expect(second.link(Self.open)?["reused"] as? Bool == true)
        #expect(second.link(Self.open)?["status"] as? String == "ok")
        #expect(second.link(Self.annual)?["reused"] as? Bool == false)
        #expect(second.history(Self.annual)?["failures"] as? Int == 2)
        let after = try server.hits()
        #expect(after["/open"] == before["/open"], "a fresh success is not fetched again")
        #expect((after["/reports/2019-annual"] ?? 0) > (before["/reports/2019-annual"] ?? 0), "failures are always rechecked")

        // Past the age, fetched again.
        let later = try Self.check(folder, server, day: 9, ["--max-age", "7d"])
        #expect(later.link(Self.open)?["reused"] as? Bool == false)
    }

    @Test func withoutAStoreTheVerdictsArePlain() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try Self.folderWithPaper()
        server.set("/reports/2019-annual", "404")
        let run = try Self.check(folder, server, day: 1, ["--no-store"])
        #expect(run.status == 1)
        #expect(run.history(Self.annual) == nil && run.link(Self.annual)?["history"] is NSNull)
        #expect(run.findings(Self.annual).first?["severity"] as? String == "error")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".citecheck").path))
    }

    @Test func movesAndNewFailuresAreReported() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try Self.folderWithPaper()
        _ = try Self.check(folder, server, day: 1)
        // The data page now redirects for good to a new address; the news story starts failing.
        server.set("/open", "moved:/open-data-portal")
        server.set("/story", "500")
        let run = try Self.check(folder, server, day: 2)
        #expect(run.link(Self.open)?["finalUrl"] as? String == "http://data.wb-example.org/open-data-portal")
        // The page at the new address has another title, so the page changed as well as moved.
        #expect(Set(run.changes) == ["moved \(Self.open)", "page-changed \(Self.open)", "newly-failing \(Self.story)"])
    }

    @Test func twoAuditsAtOnceOnOneStoreBothLand() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try Self.folderWithPaper()
        try Self.paper.write(to: folder.appendingPathComponent("second.md"), atomically: true, encoding: .utf8)
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let paper = index % 2 == 0 ? "paper.md" : "second.md"
            let run = try? Self.check(folder, server, day: 1 + index, paper: paper, ["--no-archive"])
            results.add(run?.status ?? -1)
        }
        #expect(results.all.sorted() == [0, 0, 0, 0])
        let store = try HistoryStore(path: folder.appendingPathComponent(".citecheck/history.sqlite").path)
        #expect(try store.auditCount() == 4)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.timeline(url: Self.open).count == 4)
    }

    /// Kills audits at several moments (a timing that varies from machine to machine, which is the
    /// point: whatever the moment, the store holds only whole audits and the report stays whole).
    @Test func aKilledAuditLeavesTheStoreAndTheLastReportWhole() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let notes = (1...300).map { "[^\($0)]: Example, \"Page \($0),\" http://data.wb-example.org/page/\($0) (accessed 2024-05-01)." }
        let body = "# Many links\n\n" + (1...300).map { "Claim \($0).[^\($0)]" }.joined(separator: " ") + "\n\n"
        let folder = try Self.folderWithPaper(body + notes.joined(separator: "\n") + "\n")
        let first = try Self.check(folder, server, day: 1, ["--no-archive"])
        #expect(first.status == 0, "\(first.stdout)")
        let report = folder.appendingPathComponent("report-1.json")
        let complete = try Data(contentsOf: report)

        for (index, delay) in [0.05, 0.15, 0.3, 0.5, 0.8].enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["check", "paper.md", "--now", "2026-11-0\(index + 2)T06:00:00Z", "-o", report.path,
                                 "--no-archive"] + server.arguments
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = try HistoryStore(path: folder.appendingPathComponent(".citecheck/history.sqlite").path)
            #expect(try store.integrityCheck() == "ok")
            #expect(try store.incompleteAudits() == 0)
            // The report is the old one or a new whole one, never half of either.
            let now = try Data(contentsOf: report)
            #expect(now == complete || (try? JSONSerialization.jsonObject(with: now)) != nil)
        }
        // And the store still takes audits.
        let after = try Self.check(folder, server, day: 9, ["--no-archive"])
        #expect(after.status == 0)
    }

    @Test func aBatchFetchesSharedLinksOnceAndSummarises() throws {
        let server = try HistoryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        let issue = folder.appendingPathComponent("issue-7")
        try FileManager.default.createDirectory(at: issue, withIntermediateDirectories: true)
        try Self.paper.write(to: issue.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try Self.paper.write(to: issue.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        server.set("/reports/2019-annual", "404")
        let reports = folder.appendingPathComponent("reports").path
        let result = try CLI.run(["check", "issue-7", "--now", "2026-11-01T06:00:00Z", "-o", reports, "--no-archive"]
                                 + server.arguments, cwd: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try server.hits()["/open"] == 1, "a URL cited by both papers is fetched once")
        #expect(FileManager.default.fileExists(atPath: reports + "/a/report.json"))
        #expect(FileManager.default.fileExists(atPath: reports + "/b/report.json"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reports + "/summary.json"))) as? [String: Any])
        #expect(summary["distinctLinks"] as? Int == 3)
        #expect((summary["papers"] as? [[String: Any]])?.count == 2)
        #expect(summary["warnings"] as? Int == 2)
        #expect(result.stdout.contains("2 papers, 3 distinct links (3 fetched, 0 reused): 0 errors, 2 warnings"))
    }
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int32] = []
    func add(_ value: Int32) { lock.lock(); values.append(value); lock.unlock() }
    var all: [Int32] { lock.lock(); defer { lock.unlock() }; return values }
}
