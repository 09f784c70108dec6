import Testing
@testable import CiteCheck

@Test func oneFindingPerCitingReference() {
    let findings = LinkFindingRule().findings(url: "https://x.org/a", references: ["r1", "r4"],
                                              verdict: LinkVerdict(.dead, "answered 404 Not Found"))
    #expect(findings.map(\.reference) == ["r1", "r4"])
    #expect(findings.allSatisfy { $0.kind == .deadLink && $0.severity == .error && $0.url == "https://x.org/a" })
}

@Test func severitiesMatchTheEvidence() {
    let rule = LinkFindingRule()
    func severity(_ status: LinkStatus) -> Finding.Severity? {
        rule.findings(url: "u", references: ["r1"], verdict: LinkVerdict(status, "m")).first?.severity
    }
    #expect(severity(.ok) == nil)
    #expect(severity(.skipped) == nil)
    #expect(severity(.dead) == .error)
    #expect(severity(.blocked) == .warning)
    #expect(severity(.unverified) == .info)
    let redirect = rule.findings(url: "u", references: ["r1"], verdict: LinkVerdict(.redirected, "m", suggestion: "https://new"))
    #expect(redirect.first?.kind == .redirected)
    #expect(redirect.first?.suggestion == "https://new")
}
