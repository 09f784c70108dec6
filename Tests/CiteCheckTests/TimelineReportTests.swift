import Foundation
import Testing
@testable import CiteCheck

@Test func theTimelineShowsEachCheckAndTheVerdict() {
    let url = "https://a.example/report"
    let entries = [
        TimelineEntry(paper: "/p/a.md", url: url, checkedAt: SimulatedDays.day(1), status: "ok", httpStatus: 200,
                      finalUrl: url, reused: false, history: .clean),
        TimelineEntry(paper: "/p/a.md", url: url, checkedAt: SimulatedDays.day(2), status: "dead", httpStatus: 404,
                      finalUrl: url, reused: false, history: LinkHistory(firstFailed: SimulatedDays.day(2), failures: 1)),
        TimelineEntry(paper: "/p/a.md", url: url, checkedAt: SimulatedDays.day(4), status: "dead", httpStatus: 404, finalUrl: url,
                      reused: false, history: LinkHistory(firstFailed: SimulatedDays.day(2), failures: 3, confirmed: true)),
    ]
    let text = TimelineReport.render(entries, rule: ConfirmationRule())
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines == [
        url,
        "  2026-11-01 06:00:00  ok           200",
        "  2026-11-02 06:00:00  dead         404  failing since 2026-11-02, 1 of 3 checks",
        "  2026-11-04 06:00:00  dead         404  confirmed dead, failing since 2026-11-02",
    ])
    #expect(TimelineReport.render([], rule: ConfirmationRule()) == "no checks recorded\n")
}
