import Testing
@testable import CiteCheck

private func audit(_ links: [LinkReport], run: LinkCheckRun = LinkCheckRun(state: .complete)) -> Audit {
    let rule = LinkFindingRule()
    let findings = links.flatMap { rule.findings(url: $0.url, references: $0.references, verdict: $0.verdict) }
    return Audit(parsed: ParsedPaper(paper: PaperMetadata(), notes: [], references: []), links: links,
                 findings: findings, linkCheck: run)
}

@Test func summaryCountsStatusesAndListsProblemsWorstFirst() {
    let links = [
        LinkReport(url: "https://a.org/ok", references: ["r1"], verdict: LinkVerdict(.ok, "answered 200"), outcome: nil),
        LinkReport(url: "https://a.org/cf", references: ["r2"], verdict: LinkVerdict(.blocked, "answered 403 with Cloudflare"), outcome: nil),
        LinkReport(url: "https://a.org/gone", references: ["r3", "r4"], verdict: LinkVerdict(.dead, "answered 404 Not Found"), outcome: nil),
    ]
    let text = CheckSummary.render(audit(links), reportPath: "Reports/x/report.json")
    #expect(text.contains("3 distinct links in 4 references"))
    #expect(text.contains("1 ok, 1 dead, 1 blocked"))
    let dead = text.range(of: "https://a.org/gone")!.lowerBound
    let blocked = text.range(of: "https://a.org/cf")!.lowerBound
    #expect(dead < blocked)
    #expect(!text.contains("https://a.org/ok"))
    #expect(text.contains("2 errors, 1 warning; report: Reports/x/report.json"))
}

@Test func summarySaysWhenTheCheckCouldNotRun() {
    let links = [LinkReport(url: "https://a.org/x", references: ["r1"], verdict: LinkVerdict(.unverified, "not checked"), outcome: nil)]
    let run = LinkCheckRun(state: .networkUnreachable, message: "the link check could not run: the network is unreachable")
    #expect(CheckSummary.render(audit(links, run: run), reportPath: nil).contains("note: the link check could not run"))
}
