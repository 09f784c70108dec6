import Foundation
import Testing
@testable import CiteCheck

private func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("archive/\(name)")))
}

@Test func aClosestSnapshotIsParsed() throws {
    let snapshot = try ArchiveAvailability.parse(fixture("available.json"))
    #expect(snapshot == ArchiveSnapshot(
        url: "http://web.archive.org/web/20240915083012/https://www.un.org/techenvoy/global-digital-compact",
        timestamp: "20240915083012"))
    #expect(snapshot?.date == "2024-09-15")
}

@Test func anEmptyAnswerMeansNoCopy() throws {
    #expect(try ArchiveAvailability.parse(fixture("none.json")) == nil)
}

@Test func aCaptureOfAnErrorPageIsNoCopy() throws {
    #expect(try ArchiveAvailability.parse(fixture("error-capture.json")) == nil)
}

@Test func anAnswerThatIsNotJSONIsAnError() throws {
    #expect(throws: CiteCheckError.self) { try ArchiveAvailability.parse(fixture("not-json.html")) }
}

@Test func snapshotsEncodeAsUrlAndTimestamp() throws {
    let json = String(decoding: try JSONCoding.encode(ArchiveSnapshot(url: "http://web.archive.org/web/2024/x", timestamp: "20240101000000")), as: UTF8.self)
    #expect(json.contains(#""timestamp" : "20240101000000""#))
    #expect(json.contains(#""url" : "http://web.archive.org/web/2024/x""#))
}
