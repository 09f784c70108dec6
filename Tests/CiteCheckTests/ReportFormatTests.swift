import CiteCheck
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
}
