import Foundation
import Testing
@testable import CiteCheck

@Test func theTimestampIsTheEndOfTheAccessDate() {
    let now = SimulatedDays.day(1)
    #expect(ArchiveLookup.timestamp(accessed: PartialDate(year: 2024, month: 9, day: 22), now: now) == "20240922235959")
    #expect(ArchiveLookup.timestamp(accessed: PartialDate(year: 2024, month: 2), now: now) == "20240229235959")
    #expect(ArchiveLookup.timestamp(accessed: PartialDate(year: 2023), now: now) == "20231231235959")
    #expect(ArchiveLookup.timestamp(accessed: nil, now: now) == "20261101060000")
}

@Test func theRequestEncodesTheCitedURL() {
    let lookup = ArchiveLookup(baseURL: "http://127.0.0.1:8080/wayback/available")
    #expect(lookup.requestURL(for: "https://www.un.org/a?b=c&d=e", timestamp: "20240922235959", closest: "before")
        == "http://127.0.0.1:8080/wayback/available?url=https%3A%2F%2Fwww.un.org%2Fa%3Fb%3Dc%26d%3De&timestamp=20240922235959&closest=before")
}
