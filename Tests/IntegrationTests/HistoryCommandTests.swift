import CiteCheck
import Foundation
import Testing

private func day(_ n: Int) -> Date { AuditClock.parse("2026-11-0\(n)T06:00:00Z")! }

@Test func historyPrintsALinksTimelineFromTheStore() throws {
    let folder = try CLI.temporaryFolder()
    let storePath = folder.appendingPathComponent("history.sqlite").path
    let store = try HistoryStore(path: storePath)
    let paper = folder.appendingPathComponent("paper.md").path
    let url = "https://www.un.org/techenvoy/report"
    for (n, status) in [(1, "ok"), (2, "dead"), (3, "dead")] {
        let observation = LinkObservation(url: url, status: status, httpStatus: status == "ok" ? 200 : 404, finalURL: url, checkedAt: day(n))
        _ = try store.record(AuditInput(paperPath: paper, paperHash: nil, startedAt: day(n), observations: [observation]),
                             rule: ConfirmationRule())
    }

    let byURL = try CLI.run(["history", url, "--store", storePath])
    #expect(byURL.status == 0)
    #expect(byURL.stdout.contains("2026-11-01 06:00:00  ok"))
    #expect(byURL.stdout.contains("2026-11-03 06:00:00  dead         404  failing since 2026-11-02, 2 of 3 checks"))

    // By paper, given relative to the working folder.
    let byPaper = try CLI.run(["history", "paper.md", "--store", storePath, "--format", "json"], cwd: folder.path)
    #expect(byPaper.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(byPaper.stdout.utf8)) as? [[String: Any]]
    #expect(json?.count == 3)
    #expect((json?.last?["history"] as? [String: Any])?["failures"] as? Int == 2)
}

@Test func historyWithoutAStoreIsAnInputError() throws {
    let folder = try CLI.temporaryFolder()
    let result = try CLI.run(["history", "https://a.example/", "--store", folder.appendingPathComponent("none.sqlite").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("none.sqlite: no history store here yet"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))
}
