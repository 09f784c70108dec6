import Testing
@testable import CiteCheck

/// Epoch-second attributes on the page's own posts.
@Test func aFeedIsDatedByItsEarliestOwnStamp() throws {
    // Two posts (Oct 8 and Oct 6, 2017); a comment's earlier stamp and a view counter are not read.
    #expect(try Fixtures.regionPagePublished("epoch-feed.html", url: "https://social.example/alpinelakes/") == "2017-10-06")
}

@Test func epochTimestampsAreSecondsOrMillisecondsInRange() {
    #expect(EpochAttributeDateSource.timestamp("1507287600") == "2017-10-06T11:00Z")
    #expect(EpochAttributeDateSource.timestamp("1507287600123") == "2017-10-06T11:00Z")
    #expect(EpochAttributeDateSource.timestamp("42") == nil)
    #expect(EpochAttributeDateSource.timestamp("0000000042") == nil)
    #expect(EpochAttributeDateSource.timestamp("15072876x0") == nil)
}
