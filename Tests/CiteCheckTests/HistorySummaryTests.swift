import Foundation
import Testing
@testable import CiteCheck

private func audit(_ url: String, errors: Int, warnings: Int, changes: Int) -> Audit {
    let findings = (0..<errors).map { _ in Finding(kind: .deadLink, severity: .error, url: url, message: "gone") }
        + (0..<warnings).map { _ in Finding(kind: .blocked, severity: .warning, url: url, message: "wall") }
    var audit = Audit(parsed: ParsedPaper(paper: PaperMetadata(), notes: [], references: []),
                      links: [LinkReport(url: url, references: [], verdict: LinkVerdict(.ok, "answered 200"), outcome: nil)],
                      findings: findings, linkCheck: LinkCheckRun(state: .complete))
    audit.changes = Array(repeating: LinkChange(url: url, change: .recovered), count: changes)
    return audit
}

@Test func aBatchSummaryAddsUpThePapers() throws {
    let summary = BatchSummary(audits: [("/i/a.md", "R/a/report.json", audit("https://a.example/", errors: 1, warnings: 2, changes: 1)),
                                        ("/i/b.md", "R/b/report.json", audit("https://a.example/", errors: 0, warnings: 1, changes: 0))],
                               distinctLinks: 1, fetched: 1, reused: 0)
    #expect(summary.errors == 1 && summary.warnings == 3)
    #expect(summary.papers.map(\.changes) == [1, 0])
    #expect(summary.text == "2 papers, 1 distinct links (1 fetched, 0 reused): 1 error, 3 warnings\n")
    let json = String(decoding: try JSONCoding.encode(summary), as: UTF8.self)
    #expect(json.contains(#""distinctLinks" : 1"#) && json.contains(#""report" : "R/a/report.json""#))
}

@Test func aQuietAuditAddsNothingToTheSummary() {
    #expect(HistorySummary.render(audit("https://a.example/", errors: 0, warnings: 0, changes: 0)) == "")
}
