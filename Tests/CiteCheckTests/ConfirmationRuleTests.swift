import Foundation
import Testing
@testable import CiteCheck

private let rule = ConfirmationRule()
private func day(_ n: Int, hour: Int = 6) -> Date { SimulatedDays.day(n, hour: hour) }
private func point(_ n: Int, _ status: String, hour: Int = 6) -> HistoryPoint { SimulatedDays.point(n, status, hour: hour) }

/// Replays daily audits and returns the history after each one.
private func replay(_ statuses: [String]) -> [LinkHistory] {
    var timeline: [HistoryPoint] = []
    return statuses.enumerated().map { index, status in
        timeline.append(point(index + 1, status))
        return rule.history(timeline)
    }
}

@Test func aLinkGoesDownStaysDownThenRecovers() {
    let histories = replay(["ok", "dead", "dead", "dead", "dead", "ok"])
    #expect(histories[0] == .clean)
    #expect(histories[1] == LinkHistory(firstFailed: day(2), failures: 1, confirmed: false))
    #expect(histories[2] == LinkHistory(firstFailed: day(2), failures: 2, confirmed: false))
    // Third failure on the third day (days 2, 3, 4): confirmed.
    #expect(histories[3] == LinkHistory(firstFailed: day(2), failures: 3, confirmed: true))
    #expect(histories[4] == LinkHistory(firstFailed: day(2), failures: 4, confirmed: true))
    #expect(histories[5] == .clean)
}

@Test func aBlockedLinkNeverCountsTowardsDead() {
    let histories = replay(["blocked", "blocked", "blocked", "blocked", "rate-limited", "unverified"])
    #expect(histories.allSatisfy { $0 == .clean })
}

@Test func blockedChecksNeitherCountNorResetAFailingRun() {
    let histories = replay(["dead", "blocked", "dead", "rate-limited", "dead"])
    #expect(histories[1] == LinkHistory(firstFailed: day(1), failures: 1, confirmed: false))
    #expect(histories[2].failures == 2)
    #expect(histories[4] == LinkHistory(firstFailed: day(1), failures: 3, confirmed: true))
}

@Test func threeFailuresOnOneDayAreNotEnough() {
    let timeline = [point(1, "dead", hour: 1), point(1, "dead", hour: 2), point(1, "timeout", hour: 3), point(1, "dns", hour: 4)]
    let history = rule.history(timeline)
    #expect(history.failures == 4)
    #expect(!history.confirmed)
}

@Test func threeDaysWithTwoFailuresAreNotEnough() {
    let history = rule.history([point(1, "dead"), point(5, "dead")])
    #expect(history.failures == 2)
    #expect(!history.confirmed)
}

@Test func threeFailuresOverThreeCalendarDaysConfirm() {
    // Late on day 1, any time on day 2, early on day 3: less than 48 hours, but three days.
    let history = rule.history([point(1, "dead", hour: 23), point(2, "server-error"), point(3, "connection", hour: 0)])
    #expect(history.confirmed)
    #expect(ConfirmationRule.daysSpanned(day(1, hour: 23), day(3, hour: 0)) == 3)
}

@Test func aSuccessResetsTheCount() {
    let history = rule.history([point(1, "dead"), point(2, "dead"), point(3, "ok"), point(4, "dead"), point(5, "dead")])
    #expect(history == LinkHistory(firstFailed: day(4), failures: 2, confirmed: false))
    // A redirect is the page answering too.
    #expect(rule.history([point(1, "dead"), point(2, "redirected")]) == .clean)
}

@Test func theRuleIsConfigurable() {
    let strict = ConfirmationRule(runs: 5, days: 7)
    let timeline = (1...6).map { point($0, "dead") }
    #expect(!strict.history(timeline).confirmed)
    #expect(strict.history(timeline + [point(7, "dead")]).confirmed)
    let eager = ConfirmationRule(runs: 1, days: 0)
    #expect(eager.history([point(1, "dead")]).confirmed)
}

@Test func theTimelineIsReadInTimeOrder() {
    let history = rule.history([point(3, "dead"), point(1, "ok"), point(2, "dead"), point(4, "dead")])
    #expect(history == LinkHistory(firstFailed: day(2), failures: 3, confirmed: true))
}

@Test func unconfirmedFailuresAreWarningsThatSayHowFarAlong() {
    let finding = Finding(kind: .deadLink, severity: .error, reference: "r3", url: "https://example.org/a", message: "https://example.org/a answered 404")
    let graded = rule.grade([finding], history: LinkHistory(firstFailed: day(2), failures: 2, confirmed: false))
    #expect(graded.count == 1)
    #expect(graded[0].severity == .warning)
    #expect(graded[0].kind == .deadLink)
    #expect(graded[0].message.hasSuffix("(failing since 2026-11-02, 2 of 3 checks)"))
}

@Test func confirmedFailuresAreDeadLinkErrors() {
    let timeout = Finding(kind: .timeout, severity: .warning, reference: "r1", url: "https://example.org/slow", message: "timed out")
    let blocked = Finding(kind: .blocked, severity: .warning, reference: "r1", url: "https://example.org/slow", message: "challenge page")
    let graded = rule.grade([timeout, blocked], history: LinkHistory(firstFailed: day(1), failures: 3, confirmed: true))
    #expect(graded[0].kind == .deadLink)
    #expect(graded[0].severity == .error)
    #expect(graded[0].message.contains("confirmed dead: failing since 2026-11-01, 3 checks"))
    #expect(graded[1] == blocked)
}

@Test func withoutFailuresFindingsPassUnchanged() {
    let finding = Finding(kind: .deadLink, severity: .error, url: "https://example.org/a", message: "404")
    #expect(rule.grade([finding], history: .clean) == [finding])
}
