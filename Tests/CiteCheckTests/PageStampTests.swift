import Testing
@testable import CiteCheck

@Test func stampIsStableAndIgnoresWhitespace() {
    let a = PageStamp.hash(title: "Global Digital Compact", date: "2024-09-22")
    #expect(a == PageStamp.hash(title: "  Global   Digital\nCompact ", date: "2024-09-22"))
    #expect(a?.count == 16)
    #expect(a != PageStamp.hash(title: "Global Digital Compact", date: "2024-09-23"))
    #expect(a != PageStamp.hash(title: "Global Digital Compact (rev. 1)", date: "2024-09-22"))
    #expect(PageStamp.hash(title: "x", date: nil) != PageStamp.hash(title: nil, date: "x"))
}

@Test func aPageThatSaysNothingHasNoStamp() {
    #expect(PageStamp.hash(title: nil, date: nil) == nil)
    #expect(PageStamp.hash(title: "  ", date: "") == nil)
}
