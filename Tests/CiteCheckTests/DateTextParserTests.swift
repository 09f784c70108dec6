import Testing
@testable import CiteCheck

private func parsed(_ text: String) -> String? {
    guard let p = DateTextParser.parse(text) else { return nil }
    return PageDate(date: p.date, minuteOfDay: p.minuteOfDay, offsetMinutes: p.offsetMinutes, source: .dcDate).description
}

@Test func isoForms() {
    #expect(parsed("2024") == "2024")
    #expect(parsed("2024-09") == "2024-09")
    #expect(parsed("2024-09-20") == "2024-09-20")
    #expect(parsed("2024-08-28T22:00:00-04:00") == "2024-08-28T22:00-04:00")
    #expect(parsed("2024-03-27T14:05:12+00:00") == "2024-03-27T14:05Z")
    #expect(parsed("2024-03-27T14:05:12.123Z") == "2024-03-27T14:05Z")
    #expect(parsed("2024-03-27T14:05:12+0530") == "2024-03-27T14:05+05:30")
    #expect(parsed("2024-03-27T14:05+08") == "2024-03-27T14:05+08:00")
    #expect(parsed("  2024-09-20 10:30  ") == "2024-09-20T10:30")
}

@Test func slashedDottedCompactAndChineseGovernmentForms() {
    #expect(parsed("2024/09/11") == "2024-09-11")
    #expect(parsed("2024/07") == "2024-07")
    #expect(parsed("2024.9.1") == "2024-09-01")
    #expect(parsed("20240712") == "2024-07-12")
    #expect(parsed("2024-12-04-19:02:11") == "2024-12-04T19:02")
    #expect(parsed("2024年9月20日") == "2024-09-20")
    #expect(parsed("2024 年 7 月 12 日 10:05") == "2024-07-12T10:05")
    #expect(parsed("2025年7月") == "2025-07")
}

@Test func namedMonthsAndHTTPDates() {
    #expect(parsed("September 20, 2024") == "2024-09-20")
    #expect(parsed("20 Sep 2024") == "2024-09-20")
    #expect(parsed("May 2024") == "2024-05")
    #expect(parsed("Wed, 21 Oct 2025 07:28:00 GMT") == "2025-10-21T07:28Z")
}

@Test func pdfDates() {
    #expect(parsed("D:20240201093000+08'00'") == "2024-02-01T09:30+08:00")
    #expect(parsed("D:20241115083012Z") == "2024-11-15T08:30Z")
    #expect(parsed("D:20240708101500-04'00") == "2024-07-08T10:15-04:00")
    #expect(parsed("D:20241015") == "2024-10-15")
    #expect(parsed("D:2024") == "2024")
}

@Test func impossibleOrNonDatesAreRejected() {
    #expect(parsed("2025-02-30") == nil)
    #expect(parsed("2024-13") == nil)
    #expect(parsed("20241341") == nil)
    #expect(parsed("") == nil)
    #expect(parsed("yesterday") == nil)
    #expect(parsed("Published by RAND") == nil)
    #expect(parsed("12345") == nil)
}

@Test func impossibleTimesKeepTheDateOnly() {
    #expect(parsed("2024-09-20T25:61:00Z") == "2024-09-20")
}
