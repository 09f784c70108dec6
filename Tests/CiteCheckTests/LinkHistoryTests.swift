import Foundation
import Testing
@testable import CiteCheck

@Test func historyEncodesTheContractFields() throws {
    let history = LinkHistory(firstFailed: SimulatedDays.day(2), failures: 2, confirmed: false)
    let json = String(decoding: try JSONCoding.encode(history), as: UTF8.self)
    #expect(json.contains(#""firstFailed" : "2026-11-02T06:00:00Z""#))
    #expect(json.contains(#""failures" : 2"#))
    #expect(json.contains(#""confirmed" : false"#))
    #expect(try JSONDecoder().decode(LinkHistory.self, from: Data(json.utf8)) == history)
}

@Test func aCleanHistoryEncodesFirstFailedAsNull() throws {
    let json = String(decoding: try JSONCoding.encode(LinkHistory.clean), as: UTF8.self)
    #expect(json.contains(#""firstFailed" : null"#))
}
