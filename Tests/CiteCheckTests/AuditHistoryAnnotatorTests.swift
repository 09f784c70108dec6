import Foundation
import Testing
@testable import CiteCheck

private let dead = "https://a.example/gone"
private let fine = "https://b.example/"

/// An audit of two references built from real values: one dead link, one working.
private func audit() -> Audit {
    let references = [
        Reference(id: "r1", note: 1, label: "1", urls: [dead], accessed: PartialDate(year: 2024, month: 3, day: 9), raw: "r1"),
        Reference(id: "r2", note: 2, label: "2", urls: [dead, fine], accessed: PartialDate(year: 2023, month: 5), raw: "r2"),
    ]
    let parsed = ParsedPaper(paper: PaperMetadata(), notes: [], references: references)
    let links = [
        LinkReport(url: dead, references: ["r1", "r2"], verdict: LinkVerdict(.dead, "answered 404"),
                   outcome: FetchOutcome(url: dead, finalURL: dead, httpStatus: 404)),
        LinkReport(url: fine, references: ["r2"], verdict: LinkVerdict(.ok, "answered 200"),
                   outcome: FetchOutcome(url: fine, finalURL: fine, httpStatus: 200)),
    ]
    let findings = LinkFindingRule().findings(url: dead, references: ["r1", "r2"], verdict: LinkVerdict(.dead, "answered 404"))
    return Audit(parsed: parsed, links: links, findings: findings, linkCheck: LinkCheckRun(state: .complete))
}

@Test func observationsCarryWhatTheStoreKeeps() {
    let now = SimulatedDays.day(3)
    let observations = AuditHistoryAnnotator.observations(of: audit(), now: now, pageHashes: [fine: "00ff"])
    #expect(observations == [
        LinkObservation(url: dead, status: "dead", httpStatus: 404, finalURL: dead, checkedAt: now),
        LinkObservation(url: fine, status: "ok", httpStatus: 200, finalURL: fine, pageHash: "00ff", checkedAt: now),
    ])
}

@Test func historyRegradesFindingsAndFillsLinks() {
    var graded = audit()
    let history = AuditHistory(auditID: 1, histories: [dead: LinkHistory(firstFailed: SimulatedDays.day(2), failures: 2), fine: .clean],
                               changes: [LinkChange(url: dead, change: .newlyFailing)], previousAudit: SimulatedDays.day(2))
    AuditHistoryAnnotator.apply(history, rule: ConfirmationRule(), to: &graded)
    #expect(graded.links[0].history?.failures == 2)
    #expect(graded.links[1].history == .clean)
    #expect(graded.findings.count == 2)
    #expect(graded.findings.allSatisfy { $0.severity == .warning && $0.message.hasSuffix("2 of 3 checks)") })
    #expect(graded.changes == [LinkChange(url: dead, change: .newlyFailing)])
    #expect(!graded.hasErrors)
    let text = HistorySummary.render(graded)
    #expect(text.contains("\(dead)  (failing since 2026-11-02, 2 of 3 checks)"))
    #expect(text.contains("newly-failing  \(dead)"))
}

@Test func archiveRequestsUseTheEarliestAccessDateOfTheCitingNotes() {
    let requests = AuditHistoryAnnotator.archiveRequests(for: audit())
    #expect(requests == [ArchiveLookup.Request(url: dead, accessed: PartialDate(year: 2023, month: 5))])
}

@Test func archivedCopiesBecomeTheSuggestedFix() throws {
    var offered = audit()
    let snapshot = ArchiveSnapshot(url: "http://web.archive.org/web/20230501000000/\(dead)", timestamp: "20230501000000")
    AuditHistoryAnnotator.apply(archives: [dead: snapshot], to: &offered)
    #expect(offered.links[0].archive == snapshot)
    #expect(offered.links[1].archive == nil)
    #expect(offered.findings.allSatisfy { $0.suggestion == snapshot.url && $0.message.contains("archived copy of 2023-05-01") })
    let json = String(decoding: try JSONCoding.encode(offered), as: UTF8.self)
    #expect(json.contains(#""archive" : {"#))
    #expect(json.contains(#""archive" : null"#))
    #expect(json.contains(#""history" : null"#))
    #expect(json.contains(#""changes" : ["#))
    #expect(json.contains(#""reused" : false"#))
}
