import Foundation
import Testing
@testable import CiteCheck

private func day(_ n: Int) -> Date { SimulatedDays.day(n) }

private func observe(_ url: String, _ status: String, _ n: Int) -> LinkObservation {
    LinkObservation(url: url, status: status, httpStatus: status == "ok" ? 200 : 404, finalURL: url, checkedAt: day(n))
}

@Test func withoutAStoreEverythingIsFetchedAndNothingRecorded() throws {
    let stage = HistoryStage(store: nil, recheck: RecheckPolicy(maxAge: 7 * 86_400))
    #expect(try stage.plan(["https://a.example/"], now: day(1)) == HistoryStage.Plan(fetch: ["https://a.example/"], reused: [:]))
    #expect(try stage.record(paper: "a.md", contents: nil, observations: [observe("https://a.example/", "dead", 1)], now: day(1)) == nil)
}

@Test func maxAgeReusesRecentSuccessesOnly() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let stage = HistoryStage(store: store, recheck: try RecheckPolicy(maxAge: "7d"))
    let ok = "https://ok.example/", bad = "https://bad.example/", new = "https://new.example/"
    _ = try stage.record(paper: "/p/a.md", contents: Data("paper".utf8),
                         observations: [observe(ok, "ok", 1), observe(bad, "dead", 1)], now: day(1))
    let plan = try stage.plan([ok, bad, new], now: day(3))
    #expect(plan.fetch == [bad, new])
    #expect(plan.reused[ok]?.reused == true)
    #expect(plan.reused[ok]?.checkedAt == day(1))
    #expect(plan.reused[ok]?.status == "ok")
    // A week later the success is stale and fetched again.
    #expect(try stage.plan([ok], now: day(8)).fetch == [ok])
}

@Test func papersAreKeyedByAbsolutePath() {
    #expect(PaperKey.of("a.md", relativeTo: "/journal/issue-3") == "/journal/issue-3/a.md")
    #expect(PaperKey.of("../issue-3/./a.md", relativeTo: "/journal/issue-4") == "/journal/issue-3/a.md")
    #expect(PaperKey.of("/x/y.md") == "/x/y.md")
}
