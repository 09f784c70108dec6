@testable import CiteCheck
import Foundation
import Testing

/// `ReportJSONEncoder` must write the very bytes of Foundation's JSONEncoder with the report options:
/// the JSON layout is a contract, and `citecheck report` re-renders saved audits.
@Suite struct ReportJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Both encoders' bytes, and where they first differ when they do.
    @discardableResult
    static func expectSameBytes<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let expected = try foundation(value)
        let actual = try ReportJSONEncoder().encode(value)
        guard actual != expected else { return true }
        let at = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actual.count, expected.count)
        let context = { (data: Data) in String(decoding: data[max(0, at - 80)..<min(data.count, at + 80)], as: UTF8.self) }
        Issue.record("differs at byte \(at) of \(expected.count):\nJSONEncoder: …\(context(expected))…\nours: …\(context(actual))…",
                     sourceLocation: sourceLocation)
        return false
    }

    static func audit(_ fixture: String) throws -> Audit {
        let path = Fixtures.path("reports/\(fixture)")
        return try JSONCoding.decodeAudit(try Fixtures.data("reports/\(fixture)"), file: path)
    }

    @Test(arguments: ["seed-web-audit.json", "hostile-audit.json"])
    func aSavedAuditEncodesToTheSameBytes(fixture: String) throws {
        try Self.expectSameBytes(try Self.audit(fixture))
    }

    @Test func theSeedAuditCheckedOfflineEncodesToTheSameBytes() throws {
        try Self.expectSameBytes(try ReportFixtures.seedAudit())
    }

    @Test func aSavedAuditReadsBackToItsOwnBytes() throws {
        // seed-web-audit.json is JSONEncoder's output of a real check of the seed paper against the loopback web.
        let saved = try Fixtures.data("reports/seed-web-audit.json")
        #expect(try JSONCoding.encode(try Self.audit("seed-web-audit.json")) + Data("\n".utf8) == saved)
    }

    @Test func theParseReportAndTheOtherJSONOutputsEncodeToTheSameBytes() throws {
        let parsed = try PaperParser().parse(path: Fixtures.seedPaper)
        try Self.expectSameBytes(ParseReport(parsed))
        let audit = try ReportFixtures.seedAudit()
        try Self.expectSameBytes(BatchSummary(audits: [("a.txt", "a/report.json", audit), ("b.txt", "b/report.json", audit)],
                                              distinctLinks: 3, fetched: 2, reused: 1))
        let history = LinkHistory(firstFailed: Date(timeIntervalSince1970: 1_700_000_000), failures: 2, confirmed: true)
        try Self.expectSameBytes([TimelineEntry(paper: "/p/a.txt", url: "https://a.example/", checkedAt: Date(timeIntervalSince1970: 0),
                                                status: "dead", httpStatus: 404, finalUrl: nil, reused: false, history: history)])
        try Self.expectSameBytes([TimelineEntry]())
    }

    /// `parse --format json` streams its report one note or reference at a time; the bytes must be
    /// those of the report encoded whole, for a paper with findings and for an empty one, with
    /// pieces small enough to be handed over inside every element.
    @Test(arguments: ["seed", "notes-bibliography/chicago-notes-bibliography.en.md", "empty"])
    func aParseReportWrittenElementByElementHasTheBytesOfTheWholeReport(paper: String) throws {
        let parsed = switch paper {
        case "seed": try PaperParser().parse(path: Fixtures.seedPaper)
        case "empty": ParsedPaper(paper: PaperMetadata(), notes: [], references: [])
        default: try PaperParser().parse(path: Fixtures.path(paper))
        }
        let report = ParseReport(parsed)
        var streamed = Data()
        try report.writeJSON { streamed.append(contentsOf: $0) }
        #expect(streamed == (try Self.foundation(report)) + Data("\n".utf8))
        for chunk in [1, 7, 4096] {
            var pieces = Data()
            try ReportJSONEncoder().encode(report, chunk: chunk) { pieces.append(contentsOf: $0) }
            #expect(pieces + Data("\n".utf8) == streamed, "chunk \(chunk)")
        }
    }

    @Test func everyEdgeCaseEncodesToTheSameBytes() throws {
        try Self.expectSameBytes(JSONEdgeCases.Everything())
    }

    @Test func objectsOfOneShapeWithTheirKeysInOtherOrdersEncodeToTheSameBytes() throws {
        try Self.expectSameBytes(JSONEdgeCases.Shapes())
    }

    @Test func topLevelScalarsAndEmptyContainersEncodeToTheSameBytes() throws {
        try Self.expectSameBytes(JSONEdgeCases.hardText)
        try Self.expectSameBytes(Optional<Int>.none)
        try Self.expectSameBytes(42)
        try Self.expectSameBytes(-0.0)
        try Self.expectSameBytes(true)
        try Self.expectSameBytes([Int]())
        try Self.expectSameBytes([String: Int]())
        try Self.expectSameBytes([JSONEdgeCases.Silent()])
        try Self.expectSameBytes(URL(string: "https://a.example/b"))
    }

    @Test func randomValuesEncodeToTheSameBytes() throws {
        var random = SeededRandom(state: 20_261_130)
        for _ in 0..<300 {
            guard try Self.expectSameBytes(RandomJSON.make(&random)) else { break }
        }
    }

    @Test func nestingIsLimitedWhereJSONEncoderLimitsIt() throws {
        let limit = ReportJSONLayout.maximumDepth
        try Self.expectSameBytes(JSONEdgeCases.Nest(depth: limit - 1))
        #expect(throws: EncodingError.self) { try Self.foundation(JSONEdgeCases.Nest(depth: limit)) }
        #expect(throws: EncodingError.self) { try ReportJSONEncoder().encode(JSONEdgeCases.Nest(depth: limit)) }
    }

    @Test func aValueThatEncodesNothingAtTheTopThrows() {
        #expect(throws: EncodingError.self) { try Self.foundation(JSONEdgeCases.Silent()) }
        #expect(throws: EncodingError.self) { try ReportJSONEncoder().encode(JSONEdgeCases.Silent()) }
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func aNonFiniteNumberThrowsWithItsPath(value: Double) throws {
        for place in [JSONEdgeCases.NonFinite<Double>.Place.keyed, .unkeyed, .single] {
            let error = #expect(throws: EncodingError.self) { try ReportJSONEncoder().encode(["outer": JSONEdgeCases.NonFinite(value: value, place: place)]) }
            let expected = #expect(throws: EncodingError.self) { try Self.foundation(["outer": JSONEdgeCases.NonFinite(value: value, place: place)]) }
            guard case .invalidValue(_, let context)? = error, case .invalidValue(_, let foundationContext)? = expected else { continue }
            #expect(context.codingPath.map(\.stringValue) == foundationContext.codingPath.map(\.stringValue))
            #expect(context.debugDescription == foundationContext.debugDescription)
        }
        #expect(throws: EncodingError.self) { try ReportJSONEncoder().encode([Float.nan]) }
        var run = AuditRun()
        run.timeoutSeconds = value
        #expect(throws: EncodingError.self) { try JSONCoding.encode(run) }
    }
}

/// The streaming form hands the same bytes out in pieces as it lays them out, so that a report
/// goes to its file without being held whole.
extension ReportJSONEncoderTests {
    static func pieces<T: Encodable>(_ value: T, chunk: Int) throws -> [Data] {
        var pieces: [Data] = []
        try ReportJSONEncoder().encode(value, chunk: chunk) { pieces.append(Data($0)) }
        return pieces
    }

    @Test(arguments: [1, 100, 4096, 1 << 20])
    func aSavedAuditStreamedInPiecesIsTheSameBytes(chunk: Int) throws {
        let audit = try Self.audit("hostile-audit.json")
        let whole = try ReportJSONEncoder().encode(audit)
        let pieces = try Self.pieces(audit, chunk: chunk)
        #expect(pieces.reduce(Data(), +) == whole)
        // The text is handed over as it is laid out, not once at the end: a piece as soon as
        // `chunk` bytes wait, the rest at the end.
        if chunk >= whole.count {
            #expect(pieces.count == 1)
        } else {
            #expect(pieces.count > 1)
            #expect(pieces.dropLast().allSatisfy { $0.count >= chunk })
        }
        if chunk <= 100 { #expect(pieces.map(\.count).max()! < whole.count / 4) }
    }

    @Test func randomValuesStreamedInSmallPiecesAreTheSameBytes() throws {
        var random = SeededRandom(state: 20_261_207)
        for _ in 0..<100 {
            let value = RandomJSON.make(&random)
            #expect(try Self.pieces(value, chunk: 7).reduce(Data(), +) == (try ReportJSONEncoder().encode(value)))
        }
    }

    @Test func streamingThrowsWhereTheWholeEncodeThrows() {
        #expect(throws: EncodingError.self) { try Self.pieces(JSONEdgeCases.Nest(depth: ReportJSONLayout.maximumDepth), chunk: 16) }
        #expect(throws: EncodingError.self) { try Self.pieces(JSONEdgeCases.Silent(), chunk: 16) }
    }
}

/// A streamed encode encodes the arrays among the top-level members one element at a time, as it
/// writes them, so that it holds one element's working copy and not the whole report's.
extension ReportJSONEncoderTests {
    /// What happened, in order: an element encoded, or a piece handed to the sink.
    final class Events {
        var list: [String] = []
    }

    struct Logged: Encodable {
        var index: Int
        var events: Events
        enum CodingKeys: String, CodingKey { case index, text, tags }
        func encode(to encoder: Encoder) throws {
            events.list.append("element \(index)")
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index)
            try c.encode("Document \(index), a page of the bench web", forKey: .text)
            try c.encode(["b\(index)", "a"], forKey: .tags)
        }
    }

    struct Report: Encodable {
        var title = "A paper"
        var links: [Logged]
        var notes: [Logged]
        var empty: [Logged] = []
    }

    @Test func theTopLevelListsAreEncodedElementByElementAsTheyAreWritten() throws {
        let events = Events()
        let report = Report(links: (0..<6).map { Logged(index: $0, events: events) },
                            notes: (10..<13).map { Logged(index: $0, events: events) })
        var pieces: [Data] = []
        try ReportJSONEncoder().encode(report, chunk: 32) { pieces.append(Data($0)); events.list.append("piece") }
        let streamed = events.list
        #expect(pieces.reduce(Data(), +) == (try Self.foundation(report)))
        // Each element is encoded only once the one before it has been written out.
        let encoded = streamed.indices.filter { streamed[$0].hasPrefix("element") }
        #expect(encoded.count == 9)
        for (earlier, later) in zip(encoded, encoded.dropFirst()) {
            #expect(streamed[earlier + 1..<later].contains("piece"), "\(streamed)")
        }
        // The whole encode (no sink) encodes everything first, as before.
        events.list.removeAll()
        _ = try ReportJSONEncoder().encode(report)
        #expect(events.list.count == 9 && !events.list.contains("piece"))
    }

    @Test func theEdgeCasesStreamedInSmallPiecesAreTheSameBytes() throws {
        for chunk in [1, 7, 1 << 16] {
            #expect(try Self.pieces(JSONEdgeCases.Everything(), chunk: chunk).reduce(Data(), +) == (try Self.foundation(JSONEdgeCases.Everything())))
            #expect(try Self.pieces(JSONEdgeCases.Shapes(), chunk: chunk).reduce(Data(), +) == (try Self.foundation(JSONEdgeCases.Shapes())))
        }
    }

    /// Random arrays as the members of a top-level object, each written element by element.
    struct RandomLists: Encodable {
        var lists: [(String, [RandomJSON])]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: JSONEdgeCases.Key.self)
            for (key, list) in lists { try c.encode(list, forKey: JSONEdgeCases.Key(key)) }
        }
    }

    @Test func randomListsStreamedElementByElementAreTheSameBytes() throws {
        var random = SeededRandom(state: 20_261_208)
        for _ in 0..<100 {
            let value = RandomLists(lists: (0..<Int.random(in: 0..<5, using: &random)).map { index in
                ("k\(Int.random(in: 0..<4, using: &random))", (0..<Int.random(in: 0..<6, using: &random)).map { _ in RandomJSON.make(&random, depth: 1) })
            })
            #expect(try Self.pieces(value, chunk: 5).reduce(Data(), +) == (try Self.foundation(value)))
        }
    }

    struct ListWithNonFinite: Encodable {
        var links: [JSONEdgeCases.NonFinite<Double>]
    }

    @Test func anElementsNonFiniteNumberThrowsWithItsWholePathWhileStreaming() throws {
        let value = ListWithNonFinite(links: [.init(value: 1, place: .keyed), .init(value: .nan, place: .keyed)])
        let error = #expect(throws: EncodingError.self) { try Self.pieces(value, chunk: 8) }
        let expected = #expect(throws: EncodingError.self) { try Self.foundation(value) }
        guard case .invalidValue(_, let context)? = error, case .invalidValue(_, let foundationContext)? = expected else { return }
        #expect(context.codingPath.map(\.stringValue) == foundationContext.codingPath.map(\.stringValue))
        #expect(context.codingPath.map(\.stringValue) == ["links", "Index 1", "x"])
    }
}
