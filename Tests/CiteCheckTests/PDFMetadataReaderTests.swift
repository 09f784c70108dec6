import Testing
@testable import CiteCheck

@Test func infoDictionaryViaTrailer() throws {
    let found = PDFMetadataReader.read(try Fixtures.evidence("info-dates.pdf"))
    #expect(found.title == "ASEAN Guide on AI Governance and Ethics (v2)")
    #expect(found.titleSource == "PDF Title")
    #expect(found.created?.description == "2024-02-01T09:30+08:00")
    #expect(found.created?.source == .pdfCreationDate)
    #expect(found.modified?.description == "2024-02-05T11:00+08:00")
    #expect(found.language == "en-US")
}

@Test func infoDictionaryFoundWithoutTrailerAndUTF16Title() throws {
    let found = PDFMetadataReader.read(try Fixtures.evidence("info-utf16-title.pdf"))
    #expect(found.title == "联合国系统人工智能治理白皮书")
    #expect(found.created?.description == "2024-11-15T08:30Z")
}

@Test func xmpPacketGivesDatesTitleAndDOI() throws {
    let found = PDFMetadataReader.read(try Fixtures.evidence("xmp-only.pdf"))
    #expect(found.title == "America’s AI Action Plan")
    #expect(found.titleSource == "XMP dc:title")
    #expect(found.created?.description == "2025-07-23T10:14-04:00")
    #expect(found.created?.source == .xmpCreateDate)
    #expect(found.modified?.source == .xmpModifyDate)
    #expect(found.doi == "10.5555/example.2025.1")
    #expect(found.language == "en-US")
}

@Test func wordFileNameTitlesAreDropped() throws {
    let found = PDFMetadataReader.read(try Fixtures.evidence("word-title.pdf"))
    #expect(found.title == nil)
    #expect(found.created?.description == "2024-10-15")
    #expect(PDFMetadataReader.cleanTitle("Microsoft Word - Global Digital Compact") == "Global Digital Compact")
    #expect(PDFMetadataReader.cleanTitle("untitled") == nil)
}

@Test func onlyTheHeadAndTailOfALargePDF() throws {
    // The fetch layer keeps the first part and the tail; the middle (page content) is gone.
    let whole = try Fixtures.evidence("info-dates.pdf")
    let cut = Array(whole.prefix(40)) + Array(repeating: UInt8(ascii: " "), count: 10) + Array(whole.suffix(whole.count - 300))
    let found = PDFMetadataReader.read(cut)
    #expect(found.created?.description == "2024-02-01T09:30+08:00")
}

@Test func encryptedAndTruncatedPDFsGiveNothingRatherThanGarbage() {
    let encrypted = Array("%PDF-1.6\n1 0 obj << /Title (\u{8}\u{3}garbage) /CreationDate (x\u{1}) >> endobj trailer << /Info 1 0 R /Encrypt 2 0 R >>".utf8)
    #expect(PDFMetadataReader.read(encrypted) == PDFMetadataReader.Found())
    #expect(PDFMetadataReader.read(Array("%PDF-1.4\n1 0 obj << /Title (Unterminated".utf8)) == PDFMetadataReader.Found())
    #expect(PDFMetadataReader.read([]) == PDFMetadataReader.Found())
    #expect(PDFMetadataReader.isPDF(Array("%PDF-1.7".utf8)))
    #expect(!PDFMetadataReader.isPDF(Array("<html>".utf8)))
}

@Test func pdf15KeepsInfoInAnObjectStreamAndXMPCompressed() throws {
    let bytes = try Fixtures.evidence("objstm-pdf15.pdf")
    // Nothing readable in the raw bytes: the dictionary and the packet are both deflated.
    #expect(bytes.range(ofBytes: Array("/CreationDate".utf8)) == nil)
    #expect(bytes.range(ofBytes: Array("<x:xmpmeta".utf8)) == nil)
    let found = PDFMetadataReader.read(bytes)
    #expect(found.title == "Governing AI for Humanity: Final Report")
    #expect(found.titleSource == "PDF Title")
    #expect(found.created?.description == "2024-09-19T12:00Z")
    #expect(found.created?.source == .pdfCreationDate)
    #expect(found.modified?.description == "2024-09-20T09:30Z")
    // From the compressed XMP packet.
    #expect(found.doi == "10.5555/example.2025.1")
    #expect(found.language == "en-US")
}

@Test func aCutObjectStreamGivesNothingRatherThanGarbage() throws {
    let bytes = try Fixtures.evidence("objstm-pdf15.pdf")
    let stream = try #require(bytes.range(ofBytes: Array("stream\n".utf8)))
    // The fetch kept the head only up to the middle of the compressed stream, and the tail.
    let head = Array(bytes[..<(stream.upperBound + 40)])
    let tail = Array(bytes.suffix(200))
    let found = PDFMetadataReader.read(head + tail)
    #expect(found.title == nil)
    #expect(found.created == nil)
}
