import Foundation
import Testing

/// `citecheck check URL` and `check DOI` as a reviewer runs them: the built binary against a loopback
/// publisher (Fixtures/publisherweb.py) serving pages in Springer Nature's and PLOS's shapes.
@Suite struct OnlineArticleReaderTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `parse` on the saved page: its references.
    static func savedReferences(_ page: String) throws -> [[String: Any]] {
        let result = try CLI.run(["parse", PublisherWeb.page(page), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try json(result.stdout)["references"] as? [[String: Any]])
    }

    /// `check` on an address: its exit status, stderr and JSON report.
    static func check(_ address: String, _ web: PublisherWeb, extra: [String] = []) throws
        -> (status: Int32, stderr: String, report: [String: Any]) {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["check", address, "--format", "json", "--output-dir", folder.path] + web.arguments + extra)
        let data = (try? Data(contentsOf: folder.appendingPathComponent("report.json"))) ?? Data("{}".utf8)
        return (run.status, run.stderr, (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:])
    }

    /// Every field `parse` gives a reference, as JSON text, but where it was read from (a file, an address).
    static func comparable(_ refs: [[String: Any]]) throws -> [String] {
        try refs.map { ref in
            var copy = ref
            copy["source"] = nil
            copy["work"] = nil
            return String(decoding: try JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    static func sameReferences(_ checked: [String: Any], as saved: [[String: Any]]) throws {
        let refs = try #require(checked["references"] as? [[String: Any]])
        let keys = Set(saved.flatMap(\.keys)).subtracting(["source", "work"])
        let trimmed = refs.map { $0.filter { keys.contains($0.key) } }
        #expect(try comparable(trimmed) == comparable(saved))
    }

    @Test func aSpringerPageByAddressGivesTheSavedPagesReferences() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let web = try PublisherWeb()
        defer { web.stop() }
        let saved = try Self.savedReferences("springer-article.html")
        // The tags are the references, the visible list gives their words: four works, DOIs decoded
        // from the resolver links, no Google Scholar or PubMed link among them.
        #expect(saved.count == 4)
        #expect(saved.map { $0["doi"] as? String } == ["10.5555/hlr.2014.127.176", "10.5555/journal.pone.0115253", nil, nil])
        #expect(saved[0]["title"] as? String == "Persistence of cited web addresses in law journals")
        #expect(saved[0]["container"] as? String == "Science")
        #expect(saved[1]["authors"] as? [String] == ["M Klein", "H Van de Sompel"])
        #expect(saved[3]["date"] as? String == "2021-11-23")
        let urls = saved.flatMap { $0["urls"] as? [String] ?? [] }
        #expect(urls == ["http://cited.test/reports/governing-ai-for-humanity", "http://cited.test/reports/ethics-of-ai"])
        #expect(!saved.contains { ($0["raw"] as? String ?? "").contains("Google Scholar") })

        let agent = "CiteCheckTest/1.0 (+mailto:editor@example.org)"
        let address = "http://journal.test/articles/s44999-026-0001-x"
        let checked = try Self.check(address, web, extra: ["--user-agent", agent])
        #expect(checked.status != 2, "\(checked.stderr)")
        try Self.sameReferences(checked.report, as: saved)
        // Each reference is placed on its list entry's line, in the file as in the page at its address.
        func places(_ refs: [[String: Any]]) -> [(String?, Int?)] {
            refs.map { (($0["source"] as? [String: Any])?["file"] as? String, ($0["source"] as? [String: Any])?["line"] as? Int) }
        }
        let checkedPlaces = places(checked.report["references"] as? [[String: Any]] ?? [])
        #expect(checkedPlaces.map(\.0) == Array(repeating: address, count: 4))
        #expect(checkedPlaces.map(\.1) == places(saved).map(\.1))
        #expect(places(saved).map(\.1) == [61, 66, 74, 78])
        let paper = try #require(checked.report["paper"] as? [String: Any])
        #expect(paper["doi"] as? String == "10.5555/s44999-026-0001-x")
        // The cited pages were checked, and the article itself was fetched as they were: same engine, same agent.
        let links = (checked.report["links"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        #expect(Set(links).isSuperset(of: urls))
        let agents = try web.agents()
        #expect(agents["/articles/s44999-026-0001-x"] == [agent])
        #expect(agents["/reports/ethics-of-ai"]?.allSatisfy { $0 == agent } == true)
    }

    @Test func aPLOSPageByAddressGivesTheSavedPagesReferences() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let web = try PublisherWeb()
        defer { web.stop() }
        let saved = try Self.savedReferences("plos-article.html")
        #expect(saved.count == 2)
        #expect(saved[0]["doi"] as? String == "10.5555/ital.v36i1.9598")
        #expect(saved.flatMap { $0["urls"] as? [String] ?? [] } == ["http://cited.test/articles/ital-36-1-11", "http://cited.test/about/faqs"])
        #expect(!saved.contains { ($0["raw"] as? String ?? "").contains("View Article") })
        let checked = try Self.check("http://journals.test/plosone/article?id=10.5555/journal.pone.0301234", web)
        #expect(checked.status != 2, "\(checked.stderr)")
        try Self.sameReferences(checked.report, as: saved)
        let notes = try #require(checked.report["notes"] as? [[String: Any]])
        #expect((notes.first?["context"] as? String)?.contains("Half of the web addresses") == true)
    }

    @Test func aDOIIsResolvedToItsLandingPageInEachSpelling() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let web = try PublisherWeb()
        defer { web.stop() }
        let saved = try Self.savedReferences("springer-article.html")
        for spelling in ["10.5555/s44999-026-0001-x", "doi:10.5555/s44999-026-0001-x", "https://doi.org/10.5555/s44999-026-0001-x"] {
            let checked = try Self.check(spelling, web)
            #expect(checked.status != 2, "\(spelling): \(checked.stderr)")
            try Self.sameReferences(checked.report, as: saved)
        }
        // Each run asked the loopback resolver for the landing page (the DOI checks may ask again).
        #expect((try web.agents()["/api/handles/10.5555/s44999-026-0001-x"]?.count ?? 0) >= 3)
    }

    @Test func reportsAreNamedAfterTheAddress() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let web = try PublisherWeb()
        defer { web.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["check", "10.5555/s44999-026-0001-x", "--format", "json"] + web.arguments, cwd: folder.path)
        #expect(run.status != 2, "\(run.stderr)")
        let report = folder.appendingPathComponent("Reports/doi.org-10.5555-s44999-026-0001-x/report.json").path
        #expect(FileManager.default.fileExists(atPath: report))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        let run2 = try #require(json["run"] as? [String: Any])
        #expect(run2["paperFile"] as? String == "https://doi.org/10.5555/s44999-026-0001-x")
    }

    @Test func unreadableArticlesAreOneLineErrorsWithStatus2() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let web = try PublisherWeb()
        defer { web.stop() }
        let cases: [(String, [String], String)] = [
            ("http://unreachable.test/articles/x", ["--connect-to", "unreachable.test:80:127.0.0.1:1"], "cannot be fetched"),
            ("http://journal.test/articles/gone", [], "HTTP 404"),
            ("http://journal.test/content/pdf/article.pdf", [], "is not an HTML page"),
            ("http://journal.test/articles/no-references", [], "no footnotes"),
            ("10.5555/unregistered", [], "the DOI is not registered"),
            ("doi:10.5555/no-url", [], "no landing page"),
            ("http://journal.test/articles/s44999-026-0001-x", ["--offline"], "--offline cannot fetch"),
        ]
        for (address, extra, message) in cases {
            let run = try CLI.run(["check", address] + web.arguments + extra)
            #expect(run.status == 2, "\(address): \(run.stderr)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains(message), "\(address): \(run.stderr)")
        }
    }
}
