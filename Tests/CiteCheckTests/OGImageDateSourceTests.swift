import Testing
@testable import CiteCheck

/// The upload day in the share image's URL, when the page states no date of its own.
@Test func theShareImagesUploadDayDatesAnUndatedPage() throws {
    #expect(try Fixtures.regionPagePublished("og-image-upload-day.html", url: "https://opennetworks.example/annual-report/2015/") == "2016-05-04")
}

@Test func theShareImageGivesWayToAnyDateThePageStates() {
    var found = DateCandidates()
    found.add("2016-05-10", .visibleText)
    found.published.append(PageDate(date: PartialDate(iso: "2016-05-04")!, source: .ogImageURL))
    #expect(PageDateChooser.choose(found).published?.source == .visibleText)
    #expect(OGImageDateSource.absolute("/files/2016/05/04/a.png") == "http://image.invalid/files/2016/05/04/a.png")
    #expect(URLPathDate.find(in: "https://x.example/files/2016/05/04/a.png") == nil)
    #expect(URLPathDate.find(in: "https://x.example/files/2016/05/04/a.png", uploads: true) == PartialDate(iso: "2016-05-04"))
}
