import Foundation
import Testing
@testable import CiteCheck

/// Long lists of the report's record types are encoded on every core, a batch at a time; the
/// bytes must be those of the element-by-element loop, and of JSONEncoder.
@Suite struct ReportJSONElementsTests {
    struct Row: ConcurrentlyEncodable {
        var index: Int
        var text: String
        var tags: [String]
        var score: Double?
        var nested: [String: [Int]]
    }

    struct Report: Encodable {
        var title = "A paper"
        var rows: [Row]
        var few: [Row]
    }

    static func rows(_ count: Int, nanAt: Int? = nil) -> [Row] {
        (0..<count).map { i in
            Row(index: i, text: i % 7 == 0 ? "“Quoted” \u{1b}[31m title/\(i) \\ \"escaped\"" : "Document \(i), 第\(i)页",
                tags: i % 3 == 0 ? [] : ["b\(i)", "a"], score: i == nanAt ? .nan : (i % 5 == 0 ? nil : Double(i) / 8),
                nested: i % 4 == 0 ? [:] : ["z": [i], "é": [], "a": [1, 2]])
        }
    }

    static func streamed<T: Encodable>(_ value: T, chunk: Int) throws -> Data {
        var out = Data()
        try ReportJSONEncoder().encode(value, chunk: chunk) { out.append(contentsOf: $0) }
        return out
    }

    @Test(arguments: [255, 256, 257, 511, 512, 513, 1_500])
    func aLongListIsTheSameBytesAsJSONEncoders(count: Int) throws {
        let report = Report(rows: Self.rows(count), few: Self.rows(3))
        #expect(report.rows.encodesConcurrently)
        let expected = try ReportJSONEncoderTests.foundation(report)
        for chunk in [7, 1 << 16] {
            #expect(try Self.streamed(report, chunk: chunk) == expected)
        }
    }

    @Test func anElementsErrorInALongListIsThrownWithItsPath() throws {
        let report = Report(rows: Self.rows(900, nanAt: 700), few: [])
        var written = Data()
        let error = #expect(throws: EncodingError.self) {
            try ReportJSONEncoder().encode(report, chunk: 64) { written.append(contentsOf: $0) }
        }
        guard case .invalidValue(_, let context)? = error else { return }
        #expect(context.codingPath.map(\.stringValue) == ["rows", "Index 700", "score"])
        // What was handed over is a prefix of the text, and ends before the failing element.
        let whole = try ReportJSONEncoderTests.foundation(Report(rows: Self.rows(900), few: []))
        #expect(whole.starts(with: written))
        #expect(!String(decoding: written, as: UTF8.self).contains("\"index\" : 700,"))
    }

    /// Elements that do not say they encode concurrently (these log to a shared list) are still
    /// encoded one at a time, each once the one before is written out.
    @Test func aLongListOfOtherElementsIsStillEncodedOneAtATime() throws {
        let events = ReportJSONEncoderTests.Events()
        let report = ReportJSONEncoderTests.Report(links: (0..<600).map { ReportJSONEncoderTests.Logged(index: $0, events: events) }, notes: [])
        #expect(!report.links.encodesConcurrently)
        var pieces = 0
        try ReportJSONEncoder().encode(report, chunk: 32) { _ in pieces += 1; events.list.append("piece") }
        let encoded = events.list.indices.filter { events.list[$0].hasPrefix("element") }
        #expect(encoded.count == 600)
        #expect(zip(encoded, encoded.dropFirst()).allSatisfy { events.list[$0 + 1..<$1].contains("piece") })
    }
}
