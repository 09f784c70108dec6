import Foundation
import Testing
@testable import CiteCheck

private func point(_ n: Int, _ status: String, hour: Int = 6) -> HistoryPoint { SimulatedDays.point(n, status, hour: hour) }

@Test func maxAgeParsesDurations() throws {
    #expect(try RecheckPolicy(maxAge: "7d").maxAge == 7 * 86_400)
    #expect(try RecheckPolicy(maxAge: "12h").maxAge == 12 * 3_600)
    #expect(try RecheckPolicy(maxAge: "30m").maxAge == 1_800)
    #expect(try RecheckPolicy(maxAge: "90").maxAge == 90)
    #expect(try RecheckPolicy(maxAge: "2w").maxAge == 14 * 86_400)
    #expect(throws: CiteCheckError.self) { try RecheckPolicy(maxAge: "soon") }
    #expect(throws: CiteCheckError.self) { try RecheckPolicy(maxAge: "-1d") }
}

@Test func recentSuccessesAreReused() throws {
    let policy = try RecheckPolicy(maxAge: "7d")
    let now = SimulatedDays.day(10)
    #expect(!policy.needsRecheck(last: point(5, "ok"), now: now))
    #expect(!policy.needsRecheck(last: point(4, "redirected"), now: now))
    // Exactly seven days old is stale.
    #expect(policy.needsRecheck(last: point(3, "ok"), now: now))
}

@Test func failuresAreAlwaysRechecked() throws {
    let policy = try RecheckPolicy(maxAge: "7d")
    let now = SimulatedDays.day(2)
    for status in ["dead", "timeout", "blocked", "rate-limited", "unverified"] {
        #expect(policy.needsRecheck(last: point(2, status, hour: 1), now: now))
    }
}

@Test func withoutMaxAgeOrHistoryEverythingIsChecked() {
    #expect(RecheckPolicy().needsRecheck(last: point(1, "ok"), now: SimulatedDays.day(1, hour: 7)))
    #expect(RecheckPolicy(maxAge: 86_400).needsRecheck(last: nil, now: SimulatedDays.day(1)))
}
