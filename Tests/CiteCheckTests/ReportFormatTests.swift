import CiteCheck
import Foundation
import Testing

@Suite struct ReportFormatTests {
    @Test func commaListsKeepOrderAndDropRepeats() throws {
        #expect(try ReportFormat.list("html,json") == [.html, .json])
        #expect(try ReportFormat.list("junit, markdown ,text,json,html") == [.junit, .markdown, .text, .json, .html])
        #expect(try ReportFormat.list("md,xml,json,JSON") == [.markdown, .junit, .json])
    }

    @Test func unknownOrEmptyListsAreUsageErrors() {
        #expect(throws: CiteCheckError.self) { try ReportFormat.list("html,pdf") }
        #expect(throws: CiteCheckError.self) { try ReportFormat.list(",") }
        do {
            _ = try ReportFormat.list("pdf")
        } catch let error as CiteCheckError {
            #expect(error.kind == .usage)
            #expect(error.problem.contains("pdf"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func everyFormatHasItsOwnFile() {
        #expect(Set(ReportFormat.allCases.map(\.fileName)).count == ReportFormat.allCases.count)
        #expect(ReportFormat.junit.fileName == "report.junit.xml")
    }

    /// What `write` hands to its sink, piece by piece.
    static func pieces(_ format: ReportFormat, _ audit: Audit) throws -> [Data] {
        var pieces: [Data] = []
        try format.write(audit) { pieces.append(Data($0)) }
        return pieces
    }

    /// The seed paper's audit with its references thirty times over, as a long paper's.
    static func longAudit() throws -> Audit {
        var audit = try ReportFixtures.seedAudit()
        let references = audit.references
        audit.references = (0..<30).flatMap { copy in
            references.map { reference in
                var reference = reference
                reference.id = copy == 0 ? reference.id : "\(reference.id)-\(copy)"
                return reference
            }
        }
        return audit
    }

    @Test(arguments: [ReportFormat.json, .junit, .markdown, .text, .html])
    func writtenInPiecesIsTheRenderedText(format: ReportFormat) throws {
        for audit in [try ReportFixtures.seedAudit(), try ReportFixtures.hostileAudit(), try Self.longAudit()] {
            #expect(String(decoding: try Self.pieces(format, audit).reduce(Data(), +), as: UTF8.self) == (try format.render(audit)))
        }
    }

    @Test func junitIsHandedOverAsItIsWrittenNotWhole() throws {
        let audit = try Self.longAudit()
        let whole = JUnitReport.render(audit)
        let pieces = try Self.pieces(.junit, audit)
        #expect(whole.utf8.count > 3 << 16)
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 16 && $0.count < whole.utf8.count / 2 })
    }
}
