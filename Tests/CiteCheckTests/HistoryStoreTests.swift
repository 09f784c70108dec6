import Foundation
import Testing
import Synchronization
@testable import CiteCheck

private func day(_ n: Int, hour: Int = 6) -> Date { SimulatedDays.day(n, hour: hour) }
private let paper = "/papers/issue-12/article.md"

private func audit(_ n: Int, _ links: [(String, String)], paper: String = paper, hour: Int = 6) -> AuditInput {
    AuditInput(paperPath: paper, paperHash: "abc", startedAt: day(n, hour: hour),
               observations: links.map { LinkObservation(url: $0.0, status: $0.1, httpStatus: $0.1 == "ok" ? 200 : 404,
                                                         finalURL: $0.0, checkedAt: day(n, hour: hour)) })
}

private struct Interrupted: Error {}

@Test func aNewStoreIsMigratedAndInWALMode() throws {
    let path = try SimulatedDays.temporaryStorePath()
    let store = try HistoryStore(path: path)
    #expect(try store.journalMode() == "wal")
    #expect(try store.appliedMigrations() == ["v1: audits, link checks, archive lookups", "v2: registry answers, work standings",
                                              "v3: archived page contents", "v4: papers by identity, runs of sharded workers"])
    #expect(try store.auditCount() == 0)
    // Reopening an existing store keeps its data and applies nothing twice.
    _ = try store.record(audit(1, [("https://a.example/", "ok")]), rule: ConfirmationRule())
    let reopened = try HistoryStore(path: path)
    #expect(try reopened.appliedMigrations().count == 4)
    #expect(try reopened.auditCount() == 1)
}

@Test func theStoreFolderIsCreated() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citecheck-\(UUID().uuidString)/.citecheck")
    let store = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
    #expect(FileManager.default.fileExists(atPath: store.path))
}

@Test func anUnopenableStoreIsAOneLineError() throws {
    let path = try SimulatedDays.temporaryStorePath()
    try Data("this is not a database, just text that is long enough to have a header".utf8).write(to: URL(fileURLWithPath: path))
    #expect { try HistoryStore(path: path) } throws: { error in
        guard let error = error as? CiteCheckError else { return false }
        return error.file == path && error.description.contains("history store") && !error.description.contains("\n")
    }
}

@Test func checksRoundTrip() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let observation = LinkObservation(url: "https://a.example/x", status: "redirected", httpStatus: 301,
                                      finalURL: "https://a.example/y", pageHash: "0123456789abcdef", checkedAt: day(1))
    let recorded = try store.record(AuditInput(paperPath: paper, paperHash: "h1", startedAt: day(1), observations: [observation]),
                                    rule: ConfirmationRule())
    #expect(recorded.histories["https://a.example/x"] == .clean)
    #expect(recorded.previousAudit == nil)
    let timeline = try store.timeline(url: "https://a.example/x")
    #expect(timeline == [TimelineEntry(paper: paper, url: "https://a.example/x", checkedAt: day(1), status: "redirected",
                                       httpStatus: 301, finalUrl: "https://a.example/y", reused: false, history: .clean)])
    #expect(try store.latestChecks(["https://a.example/x"], upTo: day(2))["https://a.example/x"] == observation)
    #expect(try store.audits(paper: paper) == [day(1)])
}

@Test func simulatedDaysConfirmThenRecover() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let rule = ConfirmationRule()
    let url = "https://a.example/report.pdf", steady = "https://b.example/", walled = "https://c.example/"
    let statuses = ["ok", "dead", "dead", "dead", "ok"]
    var results: [AuditHistory] = []
    for (index, status) in statuses.enumerated() {
        results.append(try store.record(audit(index + 1, [(url, status), (steady, "ok"), (walled, "blocked")]), rule: rule))
    }
    #expect(results.map { $0.histories[url]!.failures } == [0, 1, 2, 3, 0])
    #expect(results.map { $0.histories[url]!.confirmed } == [false, false, false, true, false])
    #expect(results.allSatisfy { $0.histories[walled] == .clean && $0.histories[steady] == .clean })
    #expect(results.map(\.changes) == [
        [],
        [LinkChange(url: url, change: .newlyFailing)],
        [],
        [LinkChange(url: url, change: .newlyDead)],
        [LinkChange(url: url, change: .recovered)],
    ])
    #expect(results[1].previousAudit == day(1))
    let timeline = try store.timeline(paper: paper)
    #expect(timeline.count == 15)
    #expect(timeline.filter { $0.url == url }.map(\.history.failures) == [0, 1, 2, 3, 0])
}

@Test func historyIsSharedAcrossPapersButChangesAreNot() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let url = "https://a.example/"
    _ = try store.record(audit(1, [(url, "dead")], paper: "/p/one.md"), rule: ConfirmationRule())
    _ = try store.record(audit(2, [(url, "dead")], paper: "/p/two.md"), rule: ConfirmationRule())
    let third = try store.record(audit(3, [(url, "dead")], paper: "/p/one.md"), rule: ConfirmationRule())
    #expect(third.histories[url] == LinkHistory(firstFailed: day(1), failures: 3, confirmed: true))
    #expect(third.changes == [LinkChange(url: url, change: .newlyDead)])
    #expect(third.previousAudit == day(1))
}

@Test func reusedResultsDoNotCountAsChecks() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let url = "https://a.example/"
    _ = try store.record(audit(1, [(url, "ok")]), rule: ConfirmationRule())
    let reused = LinkObservation(url: url, status: "ok", httpStatus: 200, finalURL: url, checkedAt: day(1), reused: true)
    _ = try store.record(AuditInput(paperPath: paper, paperHash: nil, startedAt: day(2), observations: [reused]), rule: ConfirmationRule())
    // The latest real check is still day 1's, so max-age measures from when the page was really seen.
    #expect(try store.latestChecks([url], upTo: day(3))[url]?.checkedAt == day(1))
    #expect(try store.timeline(url: url).map(\.reused) == [false, true])
}

@Test func anInterruptedAuditLeavesNoTrace() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let links = (1...10).map { ("https://a.example/\($0)", "dead") }
    _ = try store.record(audit(1, links), rule: ConfirmationRule())
    #expect(throws: Interrupted.self) {
        try store.record(audit(2, links), rule: ConfirmationRule(), interruption: { throw Interrupted() })
    }
    #expect(try store.auditCount() == 1)
    #expect(try store.timeline(paper: paper).count == 10)
    #expect(try store.integrityCheck() == "ok")
    #expect(try store.incompleteAudits() == 0)
    // The next audit carries on from the last complete one.
    let next = try store.record(audit(2, links), rule: ConfirmationRule())
    #expect(next.histories["https://a.example/1"]?.failures == 2)
    #expect(next.previousAudit == day(1))
}

@Test func twoWritersOnOneStoreKeepEveryAudit() throws {
    let path = try SimulatedDays.temporaryStorePath()
    // Two independent connections pools on the same file, as two processes would have.
    let stores = [try HistoryStore(path: path), try HistoryStore(path: path)]
    let perWriter = 20
    let errors = ErrorBox()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
        for run in 0..<perWriter {
            let links = (0..<25).map { ("https://w\(writer).example/\($0)", run % 2 == 0 ? "ok" : "dead") }
            do {
                _ = try stores[writer].record(audit(1 + run, links, paper: "/p/writer-\(writer).md", hour: writer), rule: ConfirmationRule())
            } catch {
                errors.add(error)
            }
        }
    }
    #expect(errors.all.isEmpty)
    let check = try HistoryStore(path: path)
    #expect(try check.auditCount() == 2 * perWriter)
    #expect(try check.timeline(paper: "/p/writer-0.md").count == 25 * perWriter)
    #expect(try check.timeline(paper: "/p/writer-1.md").count == 25 * perWriter)
    #expect(try check.integrityCheck() == "ok")
}

@Test func archiveLookupsAreCached() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let snapshot = ArchiveSnapshot(url: "http://web.archive.org/web/20240101000000/https://a.example/", timestamp: "20240101000000")
    try store.cacheArchive(url: "https://a.example/", requested: "20240301235959", snapshot: snapshot, at: day(1))
    try store.cacheArchive(url: "https://b.example/", requested: "20240301235959", snapshot: nil, at: day(1))
    #expect(try store.cachedArchive(url: "https://a.example/", requested: "20240301235959", notBefore: day(1)) == .some(snapshot))
    #expect(try store.cachedArchive(url: "https://b.example/", requested: "20240301235959", notBefore: day(1)) == .some(nil))
    // Too old, or asked for another date: not in the cache.
    #expect(try store.cachedArchive(url: "https://a.example/", requested: "20240301235959", notBefore: day(2)) == nil)
    #expect(try store.cachedArchive(url: "https://a.example/", requested: "20250301235959", notBefore: day(1)) == nil)
    // A newer answer replaces the old one.
    try store.cacheArchive(url: "https://b.example/", requested: "20240301235959", snapshot: snapshot, at: day(3))
    #expect(try store.cachedArchive(url: "https://b.example/", requested: "20240301235959", notBefore: day(2)) == .some(snapshot))
}

/// Collects errors from concurrent writers.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func add(_ error: Error) { lock.lock(); errors.append(error); lock.unlock() }
    var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
}

@Test func onlyChecksSinceTheLastSuccessCount() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let url = "https://a.example/"
    var last: AuditHistory?
    for (n, status) in ["dead", "dead", "ok", "dead", "blocked", "dead"].enumerated() {
        last = try store.record(audit(n + 1, [(url, status)]), rule: ConfirmationRule())
    }
    #expect(last?.histories[url] == LinkHistory(firstFailed: day(4), failures: 2, confirmed: false))
    // An audit dated before the later checks (a replay with --now) sees only what came before it.
    let replay = try store.record(audit(2, [(url, "dead")], hour: 12), rule: ConfirmationRule())
    #expect(replay.histories[url] == LinkHistory(firstFailed: day(1), failures: 3, confirmed: false))
}

/// Eight audits opening one new store at the same moment: before the opening was serialised, two
/// of them could both find no migration applied and fail on "table audit already exists".
@Test func manyAuditsOpeningANewStoreAtOnceAllSucceed() throws {
    for _ in 0..<5 {
        let path = try SimulatedDays.temporaryStorePath()
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            do { _ = try HistoryStore(path: path) } catch { failures.withLock { $0.append("\(error)") } }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(try HistoryStore(path: path).appliedMigrations().isEmpty == false)
    }
}

@Test func aPaperRecordedByAbsolutePathBeforeV3KeepsItsHistoryUnderItsNewName() throws {
    let store = try HistoryStore(path: try SimulatedDays.temporaryStorePath())
    let old = "/home/ci/_work/journal/issue-3/a.md", url = "https://gone.example/x"
    _ = try store.record(audit(1, [(url, "dead")], paper: old), rule: ConfirmationRule())
    _ = try store.record(audit(2, [(url, "dead")], paper: old), rule: ConfirmationRule())
    var renamed = audit(3, [(url, "dead")], paper: "issue-3/a.md")
    renamed.formerPaths = [old]
    let third = try store.record(renamed, rule: ConfirmationRule())
    #expect(third.histories[url]?.failures == 3)
    #expect(third.histories[url]?.confirmed == true)
    #expect(third.previousAudit == day(2))
    #expect(try store.audits(paper: "issue-3/a.md") == [day(1), day(2), day(3)])
    #expect(try store.audits(paper: old).isEmpty)
    #expect(try store.timeline(paper: "issue-3/a.md").count == 3)
}

@Test func aCheckoutMovedBeforeTheUpgradeIsFoundByItsRelativePath() throws {
    let store = try HistoryStore(path: try SimulatedDays.temporaryStorePath())
    let url = "https://ok.example/"
    _ = try store.record(audit(1, [(url, "ok")], paper: "/runner-1/journal/issue-3/a.md"), rule: ConfirmationRule())
    _ = try store.record(audit(2, [(url, "ok")], paper: "/runner-2/journal/issue-3/a.md"), rule: ConfirmationRule())
    _ = try store.record(audit(2, [(url, "ok")], paper: "/runner-2/journal/issue-30/a.md", hour: 7), rule: ConfirmationRule())
    var moved = audit(3, [(url, "dead")], paper: "issue-3/a.md")
    moved.formerPaths = ["/restored/journal/issue-3/a.md"]
    let recorded = try store.record(moved, rule: ConfirmationRule())
    // The newest old checkout is the paper's past; the other one and issue-30 are left alone.
    #expect(recorded.previousAudit == day(2))
    #expect(recorded.changes.map(\.change) == [.newlyFailing])
    #expect(try store.audits(paper: "issue-3/a.md") == [day(2), day(3)])
    #expect(try store.audits(paper: "/runner-1/journal/issue-3/a.md") == [day(1)])
    #expect(try store.audits(paper: "/runner-2/journal/issue-30/a.md").count == 1)
}

@Test func aPaperAlreadyKnownByItsNameAdoptsNothing() throws {
    let store = try HistoryStore(path: try SimulatedDays.temporaryStorePath())
    let url = "https://ok.example/"
    _ = try store.record(audit(1, [(url, "ok")], paper: "/old/issue-3/a.md"), rule: ConfirmationRule())
    _ = try store.record(audit(2, [(url, "ok")], paper: "issue-3/a.md"), rule: ConfirmationRule())
    // Recorded first under its name on day 2 it adopted day 1; a stray old path later stays apart.
    _ = try store.record(audit(3, [(url, "ok")], paper: "/old/issue-3/a.md"), rule: ConfirmationRule())
    var again = audit(4, [(url, "ok")], paper: "issue-3/a.md")
    again.formerPaths = ["/old/issue-3/a.md"]
    _ = try store.record(again, rule: ConfirmationRule())
    #expect(try store.audits(paper: "issue-3/a.md") == [day(1), day(2), day(4)])
    #expect(try store.audits(paper: "/old/issue-3/a.md") == [day(3)])
}

@Test func aPostgreSQLAddressIsRefusedNotMadeIntoAFolder() throws {
    let before = FileManager.default.currentDirectoryPath
    for address in ["postgres://u@127.0.0.1:5432/db", "postgresql:///db?host=/run/pg"] {
        #expect(throws: CiteCheckError.self) { try HistoryStore(path: address) }
    }
    #expect(!FileManager.default.fileExists(atPath: before + "/postgres:"))
    #expect(!FileManager.default.fileExists(atPath: before + "/postgresql:"))
}
