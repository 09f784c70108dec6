import Foundation
import Testing

/// `check --drift` against the loopback web and its archive: each cited page compared with its
/// capture from the note's access date.
@Suite struct CheckCommandDriftTests {
    @Test func changedPagesAreFlaggedWithTheirSnapshotAndTheRestAreNot() throws {
        let web = try ContentWeb()
        defer { web.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        let run = try web.check("drift-paper.txt", ["--drift", "--store", store], folder: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let links = run.report.linksByPath
        let kinds = run.report.findingKinds

        // r3: replaced by a shop; compared with the capture before its access date (2019-03-25),
        // not the later one that already shows the shop.
        #expect(kinds["r3"]?.contains("content-changed") == true)
        let replaced = try #require(links["/reports/replaced"]?["drift"] as? [String: Any])
        #expect(replaced["snapshot"] as? String == "http://archive.test/web/20190320000000/http://reports.example.org/reports/replaced")
        #expect(replaced["timestamp"] as? String == "20190320000000")
        #expect((replaced["textSimilarity"] as? Double ?? 1) < 0.1)
        #expect(replaced["archivedTitle"] as? String == "AI Governance Report 2019")
        #expect(replaced["currentTitle"] as? String == "Shop online | Best deals")
        let finding = try #require((run.report["findings"] as? [[String: Any]])?.first { $0["kind"] as? String == "content-changed" })
        #expect(finding["severity"] as? String == "warning")
        #expect(finding["suggestion"] as? String == replaced["snapshot"] as? String)
        let message = finding["message"] as? String ?? ""
        #expect(message.contains("\"AI Governance Report 2019\"") && message.contains("\"Shop online | Best deals\""))

        // r1 unchanged (only its navigation differs), r2 lightly edited: compared, not flagged.
        let unchanged = try #require(links["/reports/unchanged"]?["drift"] as? [String: Any])
        #expect(unchanged["textSimilarity"] as? Double == 1, "the navigation is not main text")
        #expect(unchanged["timestamp"] as? String == "20190301120000")
        let edited = try #require(links["/reports/edited"]?["drift"] as? [String: Any])
        #expect((edited["textContainment"] as? Double ?? 0) > 0.8)
        #expect((edited["textSimilarity"] as? Double ?? 1) < 1)
        for id in ["r1", "r2", "r4", "r5"] { #expect(kinds[id] == nil, "\(id): \(kinds[id] ?? [])") }
        // The home page and the search page changed, and are not compared at all.
        #expect(links["/"]?["drift"] is NSNull)
        #expect(links["/search"]?["drift"] is NSNull)
        // No capture, or only one from ten years before: unknown, said as info.
        #expect(kinds["r6"] == ["content-unverified"])
        #expect(kinds["r7"] == ["content-unverified"])

        // The captures were fetched in their id_ form, once; a second run reads them from the store.
        let before = try web.hits()
        #expect(before["/web/20190320000000id_/http://reports.example.org/reports/replaced"] == 1)
        #expect(before.keys.allSatisfy { !$0.hasPrefix("/web/") || $0.contains("id_/") })
        let again = try web.check("drift-paper.txt", ["--drift", "--store", store], folder: folder)
        #expect(again.report.findingKinds == kinds)
        let after = try web.hits()
        #expect(after["/wayback/available"] == before["/wayback/available"], "availability answers cached")
        #expect(after.filter { $0.key.hasPrefix("/web/") } == before.filter { $0.key.hasPrefix("/web/") }, "captures cached")
    }

    @Test func theArchiveLimitBoundsTheRunAndWhatIsLeftIsUnverified() throws {
        let web = try ContentWeb()
        defer { web.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try web.check("drift-paper.txt", ["--drift", "--no-store", "--archive-limit", "2"], folder: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let compared = run.report.linksByPath.values.filter { !($0["drift"] is NSNull) }
        #expect(compared.count == 2)
        let unverified = (run.report["findings"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "content-unverified" }
        #expect(unverified.count == 3)
        #expect(unverified.contains { ($0["message"] as? String ?? "").contains("--archive-limit") })
        // At most two links asked about: one "before" request each (both have captures before).
        #expect(try web.hits()["/wayback/available"] == 2)
    }

    @Test func withoutDriftNothingIsCompared() throws {
        let web = try ContentWeb()
        defer { web.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try web.check("drift-paper.txt", ["--no-store"], folder: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.report.linksByPath.values.allSatisfy { $0["drift"] is NSNull })
        #expect(try web.hits()["/wayback/available"] == nil)
    }
}
