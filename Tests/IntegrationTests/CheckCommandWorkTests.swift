import CiteCheck
import Foundation
import Testing

/// `citecheck check` looking up works, as a user runs it: the built binary against the loopback
/// registry (Fixtures/doiregistry.py with its population in works.json), on a 40-reference paper:
/// 25 real works, 8 fabricated, 3 real DOIs on the wrong work, 2 retracted, 1 corrected, 1 bad ISBN.
@Suite(.serialized) struct CheckCommandWorkTests {
    static let paper = CLI.fixture("works-paper.md")
    static let real = (1...29).map { "r\($0)" }        // r26, r27 retracted; r28 corrected; r29 bad ISBN
    static let wrongDOI = ["r30", "r31", "r32"]
    static let fabricated = (33...40).map { "r\($0)" }

    static func flags(_ server: RegistryServer, crossref: String? = nil, openAlex: String? = nil) -> [String] {
        ["--doi-handle-api", server.base + "api/handles", "--doi-ra-api", server.base + "ra",
         "--crossref-api", crossref ?? server.base, "--datacite-api", server.base,
         "--openalex-api", openAlex ?? server.base + "openalex/", "--openlibrary-api", server.base + "openlibrary/",
         "--mailto", "editor@example.org", "--no-archive", "--retries", "0"]
    }

    static func run(_ arguments: [String], in folder: URL) throws -> (CLI.Result, [String: Any]) {
        let report = folder.appendingPathComponent("report.json").path
        let result = try CLI.run(["check", paper, "--output", report] + arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        return (result, json)
    }

    static func works(_ json: [String: Any]) -> [String: [String: Any]] {
        let refs = json["references"] as? [[String: Any]] ?? []
        return Dictionary(refs.compactMap { r in (r["work"] as? [String: Any]).map { (r["id"] as! String, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    static func findings(_ json: [String: Any]) -> [String: [(kind: String, severity: String)]] {
        var out: [String: [(kind: String, severity: String)]] = [:]
        for f in json["findings"] as? [[String: Any]] ?? [] {
            guard let ref = f["reference"] as? String else { continue }
            out[ref, default: []].append((f["kind"] as! String, f["severity"] as! String))
        }
        return out
    }

    @Test func theFortyReferencePaper() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (result, json) = try Self.run(Self.flags(server) + ["--no-store"], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        let works = Self.works(json), findings = Self.findings(json)
        #expect(works.count == 40)
        for id in Self.real {
            #expect(works[id]?["status"] as? String == "matched", "\(id): \(works[id] ?? [:])")
        }
        // No false finding on a real work: a suggested DOI, and the retractions, the correction and the ISBN typo that are there.
        let expected: [String: Set<String>] = ["r26": ["retracted-work"], "r27": ["retracted-work", "doi-suggested"],
                                               "r28": ["corrected-work", "doi-suggested"], "r29": ["isbn-invalid"]]
        for id in Self.real {
            let kinds = Set((findings[id] ?? []).map(\.kind)).subtracting(["doi-suggested"])
            #expect(kinds == (expected[id] ?? []).subtracting(["doi-suggested"]), "\(id): \(kinds)")
        }
        for id in Self.wrongDOI { #expect(findings[id]?.contains { $0 == ("doi-mismatch", "error") } == true, "\(id)") }
        for id in Self.fabricated {
            #expect(findings[id]?.contains { $0.kind == "work-not-found" || $0.kind == "doi-mismatch" } == true, "\(id)")
            #expect(works[id]?["status"] as? String == "not-found", "\(id)")
        }
        // The books and the Chinese reference no catalogue knows are only info; the rest are warnings.
        #expect(findings["r40"]?.first?.severity == "info" && findings["r39"]?.first?.severity == "info")
        #expect(findings["r33"]?.first?.severity == "warning")
        // The real DOI on another work: the DOI of the work the note describes is the fix.
        let mismatch = (json["findings"] as! [[String: Any]]).first { $0["reference"] as? String == "r30" && $0["kind"] as? String == "doi-mismatch" }
        #expect(mismatch?["suggestion"] as? String == "10.1007/s13347-019-00354-x")
        for id in ["r26", "r27"] { #expect(findings[id]?.contains { $0 == ("retracted-work", "error") } == true) }
        let retraction = (json["findings"] as! [[String: Any]]).first { $0["reference"] as? String == "r26" && $0["kind"] as? String == "retracted-work" }
        let message = retraction?["message"] as? String ?? ""
        #expect(message.contains("10.1016/s0140-6736(10)60175-4") && message.contains("2010-02-06") && message.contains("Retraction Watch"))
        // Politeness: at most 3 requests at a time (Crossref's polite pool), every request named.
        let stats = try server.stats()
        #expect(stats.maxInFlight <= 3)
        #expect(stats.agents.allSatisfy { $0.contains("mailto:editor@example.org") })
        #expect(stats.queries.count <= 40)  // one Crossref query per article at most
    }

    @Test func everyReportFormatShowsTheRetractionsAsErrors() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["check", Self.paper, "--format", "html,json,junit,markdown,text", "--output-dir", folder.path, "--no-store"]
                                 + Self.flags(server))
        #expect(result.status == 1)
        let read = { (name: String) in (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        let html = read("report.html"), junit = read("report.junit.xml"), markdown = read("report.md"), text = read("report.txt")
        // HTML: a section at the top, before the summary and the notes, lists every retraction.
        let top = try #require(html.range(of: "class=\"retractions\""))
        #expect(top.lowerBound < html.range(of: "class=\"overview\"")!.lowerBound)
        #expect(html.components(separatedBy: "data-retraction=\"retracted-work\"").count - 1 == 2)
        #expect(junit.contains("type=\"retracted-work\"") && junit.components(separatedBy: "retracted-work").count > 2)
        #expect(markdown.contains("❌ error") && markdown.contains("`retracted-work`"))
        #expect(markdown.range(of: "Retracted")!.lowerBound < markdown.range(of: "| Severity |")!.lowerBound)
        #expect(text.contains("retracted-work  note 26 r26") && text.contains("retracted-work  note 27 r27"))
    }

    @Test func offlineEveryReferenceIsUnverified() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, json) = try Self.run(["--offline", "--no-store"], in: folder)
        let works = Self.works(json)
        #expect(works.count == 40 && works.values.allSatisfy { $0["status"] as? String == "unverified" })
        let kinds = Set((json["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
        #expect(!kinds.contains("work-not-found") && !kinds.contains("retracted-work"))
        #expect(kinds.contains("isbn-invalid"))  // the ISBN's checksum needs no network
    }

    @Test func aServiceThatRateLimitsOrGoesAwayMakesWorksUnverifiedNotMissing() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Crossref answers 429 to every query; OpenAlex is down (503).
        let (_, json) = try Self.run(Self.flags(server, crossref: server.base + "busy/", openAlex: server.base + "down/") + ["--no-store"],
                                     in: folder)
        let works = Self.works(json)
        let articles = works.filter { !["r13", "r14", "r15", "r16", "r29", "r40"].contains($0.key) }
        #expect(articles.values.allSatisfy { $0["status"] as? String == "unverified" }, "\(articles.filter { $0.value["status"] as? String != "unverified" })")
        let kinds = (json["findings"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(!kinds.contains("work-not-found") || Self.findings(json).filter { $0.value.contains { $0.kind == "work-not-found" } }.keys.allSatisfy { $0 == "r40" })
        // The books went to Open Library, which answered.
        #expect(works["r13"]?["status"] as? String == "matched")
    }

    @Test func aNightlyAuditReasksOnlyStaleAnswersAndReportsANewRetraction() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        let paper = CLI.fixture("withdrawn-paper.md")
        func audit(_ now: String) throws -> [String: Any] {
            let report = folder.appendingPathComponent("report-\(now).json").path
            _ = try CLI.run(["check", paper, "--output", report, "--store", store, "--now", now] + Self.flags(server))
            return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        }
        let first = try audit("2026-11-01T06:00:00Z")
        #expect(Self.findings(first)["r1"] == nil)
        let asked = try server.stats().hits.values.reduce(0, +)
        // The work is withdrawn now; the next night's audit still has a fresh answer and asks nothing.
        _ = LinkFetcherProbe.get(server.base + "v2/now")
        let second = try audit("2026-11-03T06:00:00Z")
        #expect(Self.findings(second)["r1"] == nil)
        #expect(try server.stats().hits.values.reduce(0, +) == asked + 1)  // only the /v2/ switch
        // A week on, the answers are stale: asked again, the withdrawal is found, and it is a change.
        let third = try audit("2026-11-09T06:00:00Z")
        #expect(Self.findings(third)["r1"]?.contains { $0 == ("retracted-work", "error") } == true)
        let changes = third["changes"] as? [[String: Any]] ?? []
        #expect(changes.contains { $0["change"] as? String == "newly-retracted" && $0["url"] as? String == "https://doi.org/10.5555/withdrawn.2022.7" })
    }
}

/// One GET with the engine under test (to flip the registry's /v2/ switch).
enum LinkFetcherProbe {
    static func get(_ url: String) -> Int? {
        LinkFetcher().fetchAll([url]).first?.httpStatus
    }
}
