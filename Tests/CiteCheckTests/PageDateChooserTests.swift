import Testing
@testable import CiteCheck

/// The chooser's readings of a page's dates.
@Test func aPermalinkDayBeforeTheStatedDateIsTheOriginal() throws {
    // The URL keeps 2017/7/12; the re-published post's metadata, JSON-LD and <time> say 2019-06-17.
    #expect(try Fixtures.regionPagePublished("republished-permalink.html", url: "https://reiseblog.example/home/2017/7/12/unter-uns-montauk") == "2017-07-12")
    // The same page at a permalink of its own day, or a later one, keeps its stated date.
    #expect(try Fixtures.regionPagePublished("republished-permalink.html", url: "https://reiseblog.example/home/2019/6/17/unter-uns-montauk") == "2019-06-17")
    #expect(try Fixtures.regionPagePublished("republished-permalink.html", url: "https://reiseblog.example/home/2019/6/30/unter-uns-montauk") == "2019-06-17")
}

@Test func aPermalinkADayBeforeIsATimeZoneNotARepublication() {
    var found = DateCandidates()
    found.add("2023-11-09T20:00:00+01:00", .articlePublishedTime)
    found.published.append(PageDate(date: PartialDate(iso: "2023-11-08")!, source: .urlPath))
    #expect(PageDateChooser.choose(found).published?.source == .articlePublishedTime)
    var month = DateCandidates()
    month.add("2019-06-17", .jsonLDDatePublished)
    month.published.append(PageDate(date: PartialDate(iso: "2017-07")!, source: .urlPath))
    #expect(PageDateChooser.choose(month).published?.date == PartialDate(iso: "2019-06-17"))
}
