import Testing
@testable import CiteCheck

@Suite struct DOISummaryTests {
    @Test func countsAndFixes() {
        let dois = [
            DOIRecord(doi: "10.5555/a", references: ["r1"], status: .registered),
            DOIRecord(doi: "10.5555/b", references: ["r2"], status: .notFound),
            DOIRecord(doi: "10.555/c", references: ["r3"], status: .invalid),
        ]
        let findings = [
            Finding(kind: .doiSuggested, severity: .info, reference: "r4", message: "No DOI cited", suggestion: "10.5555/d"),
            Finding(kind: .doiNotFound, severity: .error, reference: "r2", message: "DOI 10.5555/b is not registered", suggestion: "10.5555/a"),
            Finding(kind: .deadLink, severity: .error, reference: "r9", message: "gone"),
        ]
        let lines = DOISummary.render(dois, findings: findings)
        #expect(lines == [
            "3 distinct DOIs",
            "  1 registered, 1 not-found, 1 invalid",
            "  doi-not-found r2  DOI 10.5555/b is not registered",
            "                suggested DOI: 10.5555/a",
            "  doi-suggested r4  No DOI cited",
            "                suggested DOI: 10.5555/d",
        ])
    }

    @Test func silentWithoutDOIs() {
        #expect(DOISummary.render([], findings: [Finding(kind: .deadLink, severity: .error, message: "gone")]).isEmpty)
    }
}
