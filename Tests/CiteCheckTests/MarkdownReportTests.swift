@testable import CiteCheck
import Testing

@Suite struct MarkdownReportTests {
    @Test func aTableRowPerErrorAndWarningWithSixCells() throws {
        let audit = try ReportFixtures.hostileAudit()
        let markdown = MarkdownReport.render(audit)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Severity") && !$0.hasPrefix("| ---") }
        #expect(rows.count == audit.findings.filter { $0.severity != .info }.count)
        for row in rows {
            // Escaped pipes (\|) do not split cells.
            let cells = row.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 8, "\(row)")
        }
        #expect(rows.first?.contains("❌ error") == true, "errors first")
        #expect(markdown.contains("Correct the date to: 2020-07-01"))
        #expect(markdown.contains("Info (not listed): 1 access-date, 1 doi-suggested."))
        #expect(markdown.contains("DOIs: 1 registered, 1 invalid"))
    }

    @Test func markupFromThePaperIsNeutralised() throws {
        let markdown = MarkdownReport.render(try ReportFixtures.hostileAudit())
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<em>"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(MarkdownReport.escape("a|b\nc *d* [e](f)") == "a\\|b c \\*d\\* \\[e\\](f)")
    }

    @Test func aCleanAuditSaysSo() throws {
        let markdown = MarkdownReport.render(try ReportFixtures.seedAudit())
        #expect(markdown.contains("No errors or warnings."))
        #expect(markdown.contains("> **Note:** links were not checked: --offline"))
        #expect(!markdown.contains("| Severity"))
    }

    @Test func longTablesStopAtTheLimit() throws {
        var audit = try ReportFixtures.hostileAudit()
        for _ in 0..<30 {
            audit.findings.append(Finding(kind: .deadLink, severity: .error, reference: "r1", message: "gone"))
        }
        let markdown = MarkdownReport.render(audit, limit: 10)
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("| ❌") || $0.hasPrefix("| ⚠️") }.count == 10)
        #expect(markdown.contains("more in the HTML report"))
    }
}
