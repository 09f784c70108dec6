import Foundation
import Testing
import ZIPFoundation
@testable import CiteCheck

/// zlib data as PDF's FlateDecode holds it: a two-byte header, raw deflate (ZIPFoundation's), and
/// the Adler-32 of the uncompressed bytes.
private func zlib(_ bytes: [UInt8]) throws -> [UInt8] {
    let input = Data(bytes)
    var deflated = Data()
    _ = try Data.compress(size: Int64(input.count), bufferSize: 64 * 1024, provider: { position, size in
        input.subdata(in: Int(position)..<min(input.count, Int(position) + size))
    }, consumer: { deflated.append($0) })
    let check = PDFStreams.adler32(bytes)
    return [0x78, 0x9C] + Array(deflated) + [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: check >> $0) }
}

@Test func adler32IsZlibs() {
    // Values from zlib's adler32(): "Wikipedia" is the textbook example.
    #expect(PDFStreams.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    #expect(PDFStreams.adler32([]) == 1)
    #expect(PDFStreams.adler32([UInt8](repeating: 0xFF, count: 100_000)) == 0x149A_302C)
}

@Test func inflatesFlateData() throws {
    let text = Array(String(repeating: "<< /Title (Report) /CreationDate (D:20240919) >>\n", count: 50).utf8)
    #expect(PDFStreams.inflate(try zlib(text)[...]) == text)
}

@Test func refusesWhatIsNotZlibIsCutOrIsABomb() throws {
    #expect(PDFStreams.inflate(Array("plain text, not zlib".utf8)[...]) == nil)
    let data = try zlib(Array(String(repeating: "abc", count: 10_000).utf8))
    #expect(PDFStreams.inflate(data[...]) != nil)
    for cut in [3, data.count / 2, data.count - 5] {
        #expect(PDFStreams.inflate(data.prefix(cut)) == nil, "cut at \(cut) of \(data.count)")
    }
    // A whole stream followed by the end of line PDF writers put before "endstream".
    #expect(PDFStreams.inflate((data + [0x0D, 0x0A])[...]) != nil)
    // Eight megabytes of zeros deflate to a few kilobytes; the limit stops the inflation.
    let bomb = try zlib([UInt8](repeating: 0, count: 8 << 20))
    #expect(bomb.count < 64 * 1024)
    #expect(PDFStreams.inflate(bomb[...]) == nil)
}

@Test func readsTheObjectsOfAnObjectStream() throws {
    let objects = PDFStreams.compressedObjects(in: try Fixtures.evidence("objstm-pdf15.pdf"))
    #expect(objects.keys.sorted() == [1, 2, 3, 4])
    let info = String(decoding: try #require(objects[4]), as: UTF8.self)
    let catalog = String(decoding: try #require(objects[1]), as: UTF8.self)
    #expect(info.hasPrefix("<< /Title (Governing AI for Humanity"))
    #expect(catalog.contains("/Type /Catalog"))
}

@Test func findsStreamsByTypeWhateverTheirFilter() throws {
    let pdf = try Fixtures.evidence("objstm-pdf15.pdf")
    let metadata = PDFStreams.streams(ofType: "Metadata", in: pdf)
    #expect(metadata.count == 1)
    let packet = try #require(metadata.first)
    #expect(String(decoding: packet.data, as: UTF8.self).contains("<x:xmpmeta"))
    // An uncompressed metadata stream comes back as it is; /Metadata as a reference is not a stream.
    let plain = try Fixtures.evidence("xmp-only.pdf")
    let raw = try #require(PDFStreams.streams(ofType: "Metadata", in: plain).first)
    #expect(raw.data.starts(with: Array("<?xpacket".utf8)))
    #expect(PDFStreams.streams(ofType: "ObjStm", in: plain).isEmpty)
}
