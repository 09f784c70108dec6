import Foundation
import Testing
@testable import CiteCheck

/// The stage on its own, without a network: pages handed to `read` as the fetch would hand them.
@Suite struct PageEvidenceStageTests {
    /// The seed paper with one note's date planted forty days off its page, the audit of its links
    /// as if every seed fixture page answered 200, and those answers.
    static func plantedAudit() throws -> (references: [Reference], audit: Audit, outcomes: [FetchOutcome], planted: String) {
        var parsed = try PaperParser().parse(path: Fixtures.seedPaper)
        var outcomes: [FetchOutcome] = []
        var verdicts: [String: (FetchOutcome?, LinkVerdict)] = [:]
        for (file, url) in Fixtures.seedPages {
            let outcome = FetchOutcome(url: url, finalURL: url, httpStatus: 200, contentType: "text/html",
                                       body: Data(try Fixtures.evidence(file)))
            outcomes.append(outcome)
            verdicts[url] = (outcome.droppingContent(), LinkVerdict(.ok, "answered 200"))
        }
        let (_, url) = Fixtures.seedPages[0]
        let index = try #require(parsed.references.firstIndex { $0.urls.contains(url) })
        parsed.references[index].date = parsed.references[index].date.map { PartialDate(dayNumber: $0.latestDayNumber + 40) }
        let audit = LinkAuditor().audit(parsed, prefetched: FetchedLinks(verdicts: verdicts, run: LinkCheckRun(state: .complete)))
        return (parsed.references, audit, outcomes, parsed.references[index].id)
    }

    static func run(begin: Bool) throws -> (findings: [Finding], planted: String) {
        let (references, audit, outcomes, planted) = try plantedAudit()
        let stage = PageEvidenceStage(probeOptions: nil, today: PartialDate(iso: "2026-11-30")!)
        if begin { stage.begin(nil, references: references) }
        for outcome in outcomes { stage.read(outcome, LinkVerdict(.ok, "answered 200")) }
        var annotated = audit
        stage.annotate(&annotated)
        #expect(annotated.links.filter { $0.page != nil }.count == outcomes.count)
        return (annotated.findings, planted)
    }

    @Test func pagesComparedAsTheyArriveGiveTheSameFindingsAsAfterwards() throws {
        let early = try Self.run(begin: true)
        let late = try Self.run(begin: false)
        #expect(early.findings == late.findings)
        let dates = early.findings.filter { $0.kind == .dateMismatch }
        #expect(dates.map(\.reference) == [early.planted])
        #expect(!early.findings.contains { $0.kind == .titleMismatch })
    }
}
