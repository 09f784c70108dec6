import Foundation
import Testing

/// `citecheck check` with DOIs, as a user runs it: the built binary, the loopback registries.
@Suite struct CheckCommandDOITests {
    static func registryFlags(_ server: RegistryServer) -> [String] {
        ["--doi-handle-api", server.base + "api/handles", "--doi-ra-api", server.base + "ra",
         "--crossref-api", server.base, "--datacite-api", server.base]
    }

    @Test func doisMemberAndFindingsInTheJSONReport() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        // The note citing https://doi.org/… is also a link; point it at a closed port, not the internet.
        let result = try CLI.run(["check", CLI.fixture("doi-paper.md"), "--output", report, "--mailto", "editor@example.org",
                                  "--connect-to", "doi.org:443:127.0.0.1:1", "--retries", "0"] + Self.registryFlags(server))
        #expect(result.status == 1)  // doi-not-found, doi-invalid and doi-mismatch are errors
        #expect(result.stdout.contains("6 distinct DOIs"))
        #expect(result.stdout.contains("Correct the DOI to: 10.5555/nmi.2019.0055"))
        #expect(result.stdout.contains("Suggested DOI: 10.5555/par.2021.13"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        let dois = try #require(json["dois"] as? [[String: Any]])
        #expect(dois.count == 6)
        for entry in dois {
            #expect(Set(entry.keys) == ["doi", "references", "status", "agency", "resolvesTo", "metadata"])
        }
        let invalid = try #require(dois.first { $0["status"] as? String == "invalid" })
        #expect(invalid["doi"] as? String == "10.555/jex.2020.2" && invalid["agency"] is NSNull && invalid["metadata"] is NSNull)
        let dataCite = try #require(dois.first { $0["agency"] as? String == "DataCite" })
        let metadata = try #require(dataCite["metadata"] as? [String: Any])
        #expect(Set(metadata.keys) == ["title", "year", "container", "authors"])
        #expect(metadata["year"] as? Int == 2023)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let kinds = Set(findings.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["doi-invalid", "doi-not-found", "doi-mismatch", "doi-suggested"]))
        #expect(try server.stats().agents.allSatisfy { $0.contains("mailto:editor@example.org") })
    }

    @Test func badDOIFlagsAreUsageErrors() throws {
        let paper = CLI.fixture("doi-paper.md")
        let mailto = try CLI.run(["check", paper, "--mailto", "nobody"])
        #expect(mailto.status == 2 && mailto.stderr.contains("--mailto must be an e-mail address"))
        let api = try CLI.run(["check", paper, "--crossref-api", "ftp://mirror.example/"])
        #expect(api.status == 2 && api.stderr.contains("--crossref-api must be an http or https URL"))
    }

    @Test func offlineLeavesDOIsUnverified() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        let result = try CLI.run(["check", CLI.fixture("doi-paper.md"), "--offline", "--output", report])
        #expect(result.status == 1)  // the malformed DOI is an error even offline
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        let statuses = (json["dois"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(statuses.sorted() == ["invalid", "unverified", "unverified", "unverified", "unverified", "unverified"])
    }
}
