import Foundation
import Testing
@testable import CiteCheck

private func day(_ s: String) -> PartialDate { PartialDate(iso: s)! }

@Test func acceptableDaysAreOwnOffsetUTCAndBeijing() {
    let ny = PageDate(date: day("2024-08-28"), minuteOfDay: 22 * 60, offsetMinutes: -240, source: .articlePublishedTime)
    #expect(ny.acceptableDays == [day("2024-08-28"), day("2024-08-29")])
    let utc = PageDate(date: day("2024-12-31"), minuteOfDay: 17 * 60, offsetMinutes: 0, source: .jsonLDDatePublished)
    #expect(utc.acceptableDays == [day("2024-12-31"), day("2025-01-01")])
    let beijing = PageDate(date: day("2024-03-01"), minuteOfDay: 6 * 60, offsetMinutes: 480, source: .jsonLDDatePublished)
    #expect(beijing.acceptableDays == [day("2024-03-01"), day("2024-02-29")])
    let naive = PageDate(date: day("2024-03-01"), minuteOfDay: 6 * 60, source: .pubDate)
    #expect(naive.acceptableDays == [day("2024-03-01")])
}

@Test func agreementRespectsPrecisionBothWays() {
    let d = PageDate(date: day("2024-09-20"), source: .dcDate)
    #expect(d.agrees(with: day("2024-09")))
    #expect(d.agrees(with: day("2024")))
    #expect(!d.agrees(with: day("2024-10")))
    let month = PageDate(date: day("2024-09"), source: .urlPath)
    #expect(month.agrees(with: day("2024-09-03")))
    #expect(!month.agrees(with: day("2024-08-31")))
}

@Test func descriptionKeepsPrecisionAndOffset() {
    #expect(PageDate(date: day("2024-09"), source: .urlPath).description == "2024-09")
    #expect(PageDate(date: day("2024-09-01"), minuteOfDay: 65, offsetMinutes: -330, source: .dcDate).description == "2024-09-01T01:05-05:30")
}

@Test func codableRoundTrip() throws {
    let d = PageDate(date: day("2024-08-28"), minuteOfDay: 22 * 60, offsetMinutes: -240, source: .articlePublishedTime)
    let data = try JSONCoding.encode(d)
    #expect(String(decoding: data, as: UTF8.self).contains("\"source\" : \"article:published_time\""))
    #expect(try JSONDecoder().decode(PageDate.self, from: data) == d)
}
