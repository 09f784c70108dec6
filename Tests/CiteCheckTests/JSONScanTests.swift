import Testing
@testable import CiteCheck

@Test func jsonScanReadsAnObjectsOwnKeys() {
    let text = #"x = {"a":{"name":"inner"},"name":"outer \"quoted\"","list":[{"name":"item"}],"when":"2014-03-09"};"#
    let bytes = Array(text.utf8)
    let at = bytes[...].range(ofBytes: Array(#""when""#.utf8))!.lowerBound
    let start = JSONScan.objectStart(before: at, in: bytes)
    #expect(start == 4)
    #expect(JSONScan.ownStrings(of: ["name"], from: start!, to: at, in: bytes) == [#"outer "quoted""#])
    #expect(JSONScan.stringValue(after: at + 6, in: bytes) == "2014-03-09")
    #expect(JSONScan.stringValue(after: 0, in: bytes) == nil)
}
