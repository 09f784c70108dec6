import Foundation
import Testing
@testable import CiteCheck

private func state(_ url: String, _ status: String, final: String? = nil, page: String? = nil,
                   history: LinkHistory = .clean) -> ChangeDetector.State {
    ChangeDetector.State(LinkObservation(url: url, status: status, finalURL: final ?? url, pageHash: page,
                                         checkedAt: SimulatedDays.day(1)), history: history)
}

private let failing = LinkHistory(firstFailed: SimulatedDays.day(1), failures: 1, confirmed: false)
private let confirmed = LinkHistory(firstFailed: SimulatedDays.day(1), failures: 3, confirmed: true)

@Test func theFirstAuditHasNoChanges() {
    #expect(ChangeDetector().changes(previous: nil, current: [state("https://a.example/", "dead", history: failing)]).isEmpty)
}

@Test func everyKindOfChangeIsSeen() {
    let previous = [
        "https://a.example/": state("https://a.example/", "ok"),
        "https://b.example/": state("https://b.example/", "dead", history: failing),
        "https://c.example/": state("https://c.example/", "dead", history: failing),
        "https://d.example/": state("https://d.example/", "ok", page: "1111"),
        "https://e.example/": state("https://e.example/", "ok", final: "https://e.example/old"),
        "https://f.example/": state("https://f.example/", "ok", page: "2222"),
    ]
    let current = [
        state("https://a.example/", "timeout", history: failing),
        state("https://b.example/", "dead", history: confirmed),
        state("https://c.example/", "ok"),
        state("https://d.example/", "ok", page: "9999"),
        state("https://e.example/", "redirected", final: "https://e.example/new"),
        state("https://f.example/", "ok", page: "2222"),
        state("https://g.example/", "dead", history: failing),
        state("https://h.example/", "ok"),
    ]
    let changes = ChangeDetector().changes(previous: previous, current: current)
    #expect(changes == [
        LinkChange(url: "https://a.example/", change: .newlyFailing),
        LinkChange(url: "https://b.example/", change: .newlyDead),
        LinkChange(url: "https://c.example/", change: .recovered),
        LinkChange(url: "https://d.example/", change: .pageChanged),
        LinkChange(url: "https://e.example/", change: .moved),
        LinkChange(url: "https://g.example/", change: .newlyFailing),
    ])
}

@Test func blockedIsNeitherFailingNorRecovered() {
    let previous = ["https://a.example/": state("https://a.example/", "ok"),
                    "https://b.example/": state("https://b.example/", "blocked")]
    let current = [state("https://a.example/", "blocked"), state("https://b.example/", "ok")]
    #expect(ChangeDetector().changes(previous: previous, current: current).isEmpty)
}

@Test func changeKindsEncodeAsTheContractStrings() throws {
    let json = String(decoding: try JSONCoding.encode([LinkChange(url: "https://a.example/", change: .newlyDead)]), as: UTF8.self)
    #expect(json.contains(#""change" : "newly-dead""#))
    #expect(json.contains(#""url" : "https://a.example/""#))
    #expect(LinkChange.Kind.allCases.map(\.rawValue) == ["newly-failing", "newly-dead", "recovered", "page-changed", "moved", "newly-retracted"])
}
