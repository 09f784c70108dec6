import Foundation
import Testing
@testable import CiteCheck

/// Dates in the visible text: near the headline, and in the post's byline element wherever it sits.
@Test func aBylineBelowALongPostDatesIt() throws {
    // No date near the headline; the post footer, 3,000 characters down, says when; the site footer's
    // "aktualisiert" line is neither the post's nor a publication date.
    #expect(try Fixtures.regionPagePublished("byline-below-long-post.html", url: "http://werkstatt.example/arduino/424-virtuelle-wand.php") == "2015-12-14")
}

@Test func aBylineAfterAnUpdateLabelIsNotThePublicationDate() {
    var scan = HTMLScan()
    scan.mainText = "Title\nLast updated on March 2, 2021 by the editors\n"
    scan.bylineOffsets = [6]
    #expect(VisibleTextDateSource.bylineDate(in: scan) == nil)
    scan.mainText = "Title\nPosted by Ann on March 2, 2021\n"
    #expect(VisibleTextDateSource.bylineDate(in: scan)?.date == PartialDate(iso: "2021-03-02"))
}
