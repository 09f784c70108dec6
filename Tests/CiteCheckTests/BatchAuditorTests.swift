import Foundation
import Testing
@testable import CiteCheck

private let shared = "https://a.example/shared"
private let own = "https://b.example/own"

private func paper(_ urls: [String]) -> ParsedPaper {
    ParsedPaper(paper: PaperMetadata(), notes: [],
                references: urls.enumerated().map { Reference(id: "r\($0.offset + 1)", note: $0.offset + 1, label: "\($0.offset + 1)", urls: [$0.element], raw: $0.element) })
}

@Test func anOfflineBatchIsNotRecorded() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    let stage = HistoryStage(store: store, clock: .fixed(SimulatedDays.day(1)))
    let batch = BatchAuditor(auditor: LinkAuditor(offline: true), history: stage, archive: ArchiveLookup())
    let result = try batch.run([("/p/a.md", paper([shared, own])), ("/p/b.md", paper([shared]))])
    #expect(result.distinctLinks == 2 && result.fetched == 2 && result.reused == 0)
    #expect(result.audits.map { $0.links.count } == [2, 1])
    #expect(result.audits.allSatisfy { $0.links.allSatisfy { $0.status == .unverified && $0.history == nil } })
    #expect(try store.auditCount() == 0)
}

@Test func aBatchOfReusedResultsIsRecordedPerPaper() throws {
    let store = try HistoryStore(path: SimulatedDays.temporaryStorePath())
    for url in [shared, own] {
        let seen = LinkObservation(url: url, status: "ok", httpStatus: 200, finalURL: url, checkedAt: SimulatedDays.day(1))
        _ = try store.record(AuditInput(paperPath: "/p/earlier.md", paperHash: nil, startedAt: SimulatedDays.day(1), observations: [seen]),
                             rule: ConfirmationRule())
    }
    // Everything is fresh under --max-age 7d, so nothing is fetched: the network is never touched.
    let stage = HistoryStage(store: store, clock: .fixed(SimulatedDays.day(2)), recheck: try RecheckPolicy(maxAge: "7d"))
    let batch = BatchAuditor(auditor: LinkAuditor(), history: stage, archive: ArchiveLookup())
    let result = try batch.run([("/p/a.md", paper([shared, own])), ("/p/b.md", paper([shared]))])
    #expect(result.fetched == 0 && result.reused == 2)
    #expect(result.audits.allSatisfy { $0.links.allSatisfy { $0.reused && $0.status == .ok && $0.history == .clean } })
    #expect(try store.audits(paper: "/p/a.md") == [SimulatedDays.day(2)])
    #expect(try store.audits(paper: "/p/b.md") == [SimulatedDays.day(2)])
}
