import CiteCheck
import Foundation
import Testing

/// The batch auditor through the library, against the loopback web, with a page stamper standing in
/// for the evidence stage (the page's <title> as the server wrote it).
@Test func aChangedPageTitleIsReportedAsPageChanged() throws {
    let server = try HistoryServer()
    defer { server.stop() }
    let store = try HistoryStore(path: CLI.temporaryFolder().appendingPathComponent("h.sqlite").path)
    let url = "http://www.un-example.org/reports/live"
    let parsed = ParsedPaper(paper: PaperMetadata(), notes: [],
                             references: [Reference(id: "r1", note: 1, label: "1", urls: [url], raw: url)])
    var options = FetchOptions()
    options.connectTo = ["www.un-example.org:80:127.0.0.1:\(server.port)"]
    options.hostIntervalMs = 0
    let stamper: BatchAuditor.PageStamper = { outcome in
        let html = String(decoding: outcome.body, as: UTF8.self)
        guard let start = html.range(of: "<title>"), let end = html.range(of: "</title>") else { return nil }
        return PageStamp.hash(title: String(html[start.upperBound..<end.lowerBound]), date: nil)
    }
    func audit(day: Int) throws -> Audit {
        let stage = HistoryStage(store: store, clock: .fixed(AuditClock.parse("2026-11-0\(day)T06:00:00Z")!))
        return try BatchAuditor(auditor: LinkAuditor(options: options), history: stage, archive: nil)
            .run([(path: "/p/a.md", parsed: parsed)], pageStamp: stamper).audits[0]
    }

    server.set("/reports/live", "200", title: "Annual report")
    #expect(try audit(day: 1).changes.isEmpty)
    #expect(try audit(day: 2).changes.isEmpty, "same title, same stamp")
    server.set("/reports/live", "200", title: "Annual report (revised)")
    #expect(try audit(day: 3).changes == [LinkChange(url: url, change: .pageChanged)])
    #expect(try store.timeline(url: url).count == 3)
}
