import Testing
@testable import CiteCheck

@Test func findsBytesInArraysAndSlices() {
    let bytes = Array("xx%PDF-1.7\n/Encrypt 5 0 R\n%%EOF".utf8)
    #expect(bytes.range(ofBytes: Array("%PDF-".utf8)) == 2..<7)
    #expect(bytes.range(ofBytes: Array("/Encrypt".utf8)) == 11..<19)
    #expect(bytes.range(ofBytes: Array("/Info".utf8)) == nil)
    // A slice answers in its base array's indices.
    let tail = bytes[20...]
    #expect(tail.range(ofBytes: Array("%%EOF".utf8)) == 26..<31)
    #expect(tail.range(ofBytes: Array("%PDF-".utf8)) == nil)
    #expect(bytes.range(ofBytes: []) == 0..<0)
    #expect(Array("ab".utf8).range(ofBytes: Array("abc".utf8)) == nil)
    #expect(Array("aaab".utf8).range(ofBytes: Array("aab".utf8)) == 1..<4)
}
