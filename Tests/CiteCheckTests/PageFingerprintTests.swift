import Testing
@testable import CiteCheck

@Test func fingerprintIsStableAndIgnoresWhitespace() {
    let a = PageFingerprint.hash(title: "Global Digital Compact", date: "2024-09-22")
    #expect(a == PageFingerprint.hash(title: "  Global   Digital\nCompact ", date: "2024-09-22"))
    #expect(a?.count == 16)
    #expect(a != PageFingerprint.hash(title: "Global Digital Compact", date: "2024-09-23"))
    #expect(a != PageFingerprint.hash(title: "Global Digital Compact (rev. 1)", date: "2024-09-22"))
    #expect(PageFingerprint.hash(title: "x", date: nil) != PageFingerprint.hash(title: nil, date: "x"))
}

@Test func aPageThatSaysNothingHasNoFingerprint() {
    #expect(PageFingerprint.hash(title: nil, date: nil) == nil)
    #expect(PageFingerprint.hash(title: "  ", date: "") == nil)
}
