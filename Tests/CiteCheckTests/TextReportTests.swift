import CiteCheck
import Testing

@Suite struct TextReportTests {
    @Test func groupedBySeverityWorstFirstWithFixes() throws {
        let text = TextReport.render(try ReportFixtures.hostileAudit(), style: .plain, reportPaths: ["Reports/x/report.html"])
        let errors = try #require(text.range(of: "Errors (2)"))
        let warnings = try #require(text.range(of: "Warnings (3)"))
        #expect(errors.lowerBound < warnings.lowerBound)
        #expect(text.contains("Info (2): 1 access-date, 1 doi-suggested"))
        #expect(text.contains("Suggested DOI: 10.5555/nmi.2019.0055"))
        #expect(text.contains("2 distinct DOIs"))
        #expect(text.contains("Correct the date to: 2020-07-01"))
        #expect(text.contains("date-mismatch  note 6 ⑥ r6"))
        #expect(text.contains("links: 1 ok, 2 redirected, 1 dead, 1 blocked, 1 skipped"))
        #expect(text.hasSuffix("2 errors, 3 warnings, 2 info; report: Reports/x/report.html\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func colourOnlyWhenAsked() throws {
        let coloured = TextReport.render(try ReportFixtures.hostileAudit(), style: .color)
        #expect(coloured.contains("\u{1B}[1;31mErrors (2)\u{1B}[0m"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        #expect(TerminalStyle.detect(isTTY: true, environment: [:]) == .color)
        #expect(TerminalStyle.detect(isTTY: false, environment: [:]) == .plain)
        #expect(TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": "1"]) == .plain)
        #expect(TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": ""]) == .color)
        #expect(TerminalStyle.detect(isTTY: true, environment: ["TERM": "dumb"]) == .plain)
    }

    @Test func offlineRunsSayTheLinksWereNotChecked() throws {
        let text = TextReport.render(try ReportFixtures.seedAudit(), style: .plain)
        #expect(text.contains("note: links were not checked: --offline"))
        #expect(text.contains("74 references in 71 notes"))
        #expect(text.contains("53 unverified"))
        #expect(!text.contains("Errors ("))
    }
}

/// Carried over from the first terminal summary: a run that could not reach the network says so,
/// so "not checked" is never read as "fine".
@Test func textReportSaysWhenTheCheckCouldNotRun() {
    let links = [LinkReport(url: "https://a.org/x", references: ["r1"], verdict: LinkVerdict(.unverified, "not checked"), outcome: nil)]
    let run = LinkCheckRun(state: .networkUnreachable, message: "the link check could not run: the network is unreachable")
    let audit = Audit(parsed: ParsedPaper(paper: PaperMetadata(), notes: [], references: []), links: links,
                      findings: [], linkCheck: run)
    #expect(TextReport.render(audit, style: .plain).contains("note: the link check could not run"))
}
