import Foundation
import Testing
@testable import CiteCheck

@Test func nowAcceptsISO8601Forms() throws {
    let plain = try #require(AuditClock.parse("2026-11-30T06:00:00Z"))
    #expect(AuditClock.parse("2026-11-30T07:00:00+01:00") == plain)
    #expect(AuditClock.parse("2026-11-30T06:00:00.000Z") == plain)
    #expect(AuditClock.parse("2026-11-30") == plain.addingTimeInterval(-6 * 3_600))
    #expect(AuditClock.iso(plain) == "2026-11-30T06:00:00Z")
}

@Test func aFixedClockStaysPut() throws {
    let clock = try AuditClock.fixed(iso: "2026-11-30T06:00:00Z")
    #expect(clock.now == clock.now)
    #expect(AuditClock.iso(clock.now) == "2026-11-30T06:00:00Z")
}

@Test func aBadNowIsAUsageError() {
    #expect(throws: CiteCheckError.self) { try AuditClock.fixed(iso: "yesterday") }
    #expect(AuditClock.parse("2026-13-01") == nil)
}
