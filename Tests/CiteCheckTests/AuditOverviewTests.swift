import CiteCheck
import Testing

@Suite struct AuditOverviewTests {
    @Test func countsAndGroupings() throws {
        let audit = try ReportFixtures.hostileAudit()
        let overview = AuditOverview(audit)
        #expect(overview.count(.error) == 2)
        #expect(overview.count(.warning) == 3)
        #expect(overview.count(.info) == 2)
        #expect(overview.paperFindings.map(\.kind) == [.accessDate])
        #expect(overview.findingsByReference["r6"]?.map(\.severity) == [.error, .warning], "worst first")
        #expect(overview.linksByReference["r1"]?.count == 1)
        #expect(overview.linksByReference["r5"]?.first?.url == "http://www.un.org/ok")
        let verdicts = overview.referenceVerdicts
        #expect(verdicts.errors == 2 && verdicts.warnings == 2 && verdicts.info == 0 && verdicts.clean == 2)
        #expect(overview.linkStatusCounts.map(\.status) == [.ok, .redirected, .dead, .blocked, .skipped])
        #expect(overview.findingKindCounts.first?.kind == .redirected)
    }

    @Test func noteNamesShowTheLabelOnlyWhenItDiffers() {
        #expect(AuditOverview.noteName(index: 6, label: "⑥") == "6 ⑥")
        #expect(AuditOverview.noteName(index: 12, label: "12") == "12")
    }
}
