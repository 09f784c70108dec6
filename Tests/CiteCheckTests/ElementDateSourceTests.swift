import Foundation
import Testing
@testable import CiteCheck

/// `<time>` and the other machine-readable date elements.
@Test func aTimesOwnTextWinsWhenItNamesAnotherDay() throws {
    #expect(try Fixtures.regionPagePublished("time-text-differs.html", url: "https://luttes.example/quand-on-comprend-12355") == "2019-06-29")
}

@Test func aTimesTextADayOffItsUTCStampIsTheSitesDay() throws {
    // The stamp stays the value (a day apart is a zone); the byline's own words give the local day.
    #expect(try Fixtures.regionPagePublished("time-text-one-day-off.html", url: "https://council.example/news/budget-vote") == "2023-11-08")
    let mark = HTMLScan.DateMark(value: "2023-11-09T03:28:00Z", text: "November 8, 2023", kind: .time, role: .unknown, inArticle: true, aside: false)
    #expect(ElementDateSource.value(of: mark) == "2023-11-09T03:28:00Z")
    let far = HTMLScan.DateMark(value: "2019-07-03T10:18:46Z", text: "Publié le 29 juin 2019", kind: .time, role: .unknown, inArticle: true, aside: false)
    #expect(ElementDateSource.value(of: far) == "2019-06-29")
}
