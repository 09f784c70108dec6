import Testing
@testable import CiteCheck

@Test func partialDateKeepsPrecision() {
    #expect(PartialDate(iso: "2024")?.precision == .year)
    #expect(PartialDate(iso: "2024-03")?.description == "2024-03")
    #expect(PartialDate(iso: "2024-03-21")?.precision == .day)
}

@Test func impossibleDatesAreRejected() {
    #expect(PartialDate(year: 2025, month: 2, day: 29) == nil)
    #expect(PartialDate(year: 2024, month: 2, day: 29) != nil)
    #expect(PartialDate(year: 2024, month: 13) == nil)
    #expect(PartialDate(iso: "2024-04-31") == nil)
}

@Test func monthCoversItsDays() {
    let month = PartialDate(year: 2024, month: 9)!
    #expect(month.covers(PartialDate(year: 2024, month: 9, day: 30)!))
    #expect(!month.covers(PartialDate(year: 2024, month: 10, day: 1)!))
}

@Test func dayNumbersRoundTrip() {
    let d = PartialDate(year: 2024, month: 2, day: 29)!
    #expect(PartialDate(dayNumber: d.earliestDayNumber) == d)
    #expect(PartialDate(year: 1970, month: 1, day: 1)!.earliestDayNumber == 0)
}
