import CiteCheck
import Foundation
import Testing

/// The DOI resolver against loopback registries (Fixtures/doiregistry.py): real libcurl, real sockets.
@Suite struct DOIResolverTests {
    static func options(_ server: RegistryServer, mailto: String? = "editor@example.org",
                        _ adjust: (inout FetchOptions) -> Void = { _ in }) -> DOIResolverOptions {
        var fetch = FetchOptions()
        fetch.timeout = 3
        fetch.retries = 1
        fetch.retryBaseDelay = 0.05
        adjust(&fetch)
        return DOIResolverOptions(fetch: fetch, endpoints: DOIEndpoints(oneServer: server.base), mailto: mailto)
    }

    static func reference(_ id: String, authors: [String] = [], title: String, container: String? = nil, year: Int? = nil,
                          volume: String? = nil, doi: String? = nil) -> Reference {
        Reference(id: id, note: Int(id.dropFirst()) ?? 1, label: id, authors: authors, title: title, container: container,
                  date: year.flatMap { PartialDate(year: $0) }, volume: volume, doi: doi, raw: title)
    }

    static let roberts = reference("r1", authors: ["Huw Roberts"],
                                   title: "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation",
                                   container: "AI & Society", year: 2021, volume: "36", doi: "10.5555/ai-soc.2020.992")
    static let floridi = reference("r2", authors: ["Luciano Floridi"], title: "Establishing the rules for building trustworthy AI",
                                   container: "Nature Machine Intelligence", year: 2019, volume: "1", doi: "10.5555/nmi.2019.0056")

    @Test func foundAndNotFound() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let (records, findings) = DOIResolver(options: Self.options(server)).resolve(references: [Self.roberts, Self.floridi])
        #expect(records.map(\.status) == [.registered, .notFound])
        #expect(records[0].agency == "Crossref")
        #expect(records[0].resolvesTo == "https://publisher.example/10.5555/ai-soc.2020.992")
        #expect(records[0].metadata?.title == "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation")
        #expect(records[0].metadata?.year == 2020 && records[0].metadata?.authors == ["Huw Roberts", "Josh Cowls"])
        #expect(records[1].agency == nil && records[1].metadata == nil)
        // The correct DOI gets no finding; the mistyped one gets the search's clear match as its fix.
        #expect(findings.map(\.kind) == [.doiNotFound])
        #expect(findings.first?.reference == "r2" && findings.first?.suggestion == "10.5555/nmi.2019.0055")
    }

    @Test func tooManyRequestsThenSuccess() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let busy = Self.reference("r1", authors: ["Ann Busy"], title: "Rate limits and their discontents", year: 2020, doi: "10.5555/busy.1")
        let (records, findings) = DOIResolver(options: Self.options(server)).resolve(references: [busy])
        #expect(records.map(\.status) == [.registered])
        #expect(records.first?.metadata?.title == "Rate limits and their discontents")
        #expect(findings.isEmpty)
        #expect(try server.stats().hits["/api/handles/10.5555/busy.1"] == 2)
    }

    @Test func rateLimitHeadersSlowTheNextRounds() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let resolver = DOIResolver(options: Self.options(server))
        _ = resolver.resolve(references: [Self.roberts])
        #expect(resolver.currentRateLimit == .polite)  // 50 per second announced: looser than 10/s
        let strict = Self.reference("r9", title: "A registry that asks for patience", year: 2021, doi: "10.5555/strict.1")
        let (records, _) = resolver.resolve(references: [strict])
        #expect(records.map(\.status) == [.registered])
        #expect(resolver.currentRateLimit == DOIRateLimit(concurrency: 3, intervalMs: 500))  // 2 per second
    }

    @Test func malformedJSON() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let refs = [Self.reference("r1", title: "Garbled handle", doi: "10.5555/garbled.1"),
                    Self.reference("r2", title: "Garbled record", doi: "10.5555/garbled-meta.1")]
        let (records, findings) = DOIResolver(options: Self.options(server)).resolve(references: refs)
        #expect(records.map(\.status) == [.unverified, .registered])
        #expect(records[1].agency == "Crossref" && records[1].metadata == nil)
        #expect(findings.map(\.kind) == [.unverified, .unverified])
        #expect(findings[0].message.contains("could not be read") && findings[0].message.contains("not valid JSON"))
        #expect(findings[1].message.contains("no metadata comparison was possible"))
    }

    @Test func slowAnswerIsUnverified() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let slow = Self.reference("r1", title: "Slow", doi: "10.5555/slow.1")
        let options = Self.options(server) { $0.timeout = 1; $0.retries = 0 }
        let (records, findings) = DOIResolver(options: options).resolve(references: [slow])
        #expect(records.map(\.status) == [.unverified])
        #expect(findings.map(\.kind) == [.unverified] && findings.first?.severity == .info)
        #expect(findings.first?.message.lowercased().contains("timed out") == true)
    }

    @Test func serverErrorAndUnreachableRegistriesAreUnverified() throws {
        let server = try RegistryServer()
        let base = server.base
        let broken = Self.reference("r1", title: "Broken", doi: "10.5555/error.1")
        let (records, _) = DOIResolver(options: Self.options(server) { $0.retries = 0 }).resolve(references: [broken])
        #expect(records.map(\.status) == [.unverified])
        server.stop()
        // Nothing listens there now: connection refused.
        var options = Self.options(server) { $0.retries = 0 }
        options.endpoints = DOIEndpoints(oneServer: base)
        let (gone, findings) = DOIResolver(options: options).resolve(references: [Self.roberts])
        #expect(gone.map(\.status) == [.unverified])
        #expect(findings.map(\.kind) == [.unverified])
    }

    @Test func registriesThatDoNotResolveLeaveEveryDOIUnverified() throws {
        var options = DOIResolverOptions(endpoints: DOIEndpoints(oneServer: "http://registry.invalid/"))
        options.fetch.retries = 0
        let refs = (1...4).map { Self.reference("r\($0)", title: "Unknown \($0)", doi: "10.5555/unknown.\($0)") }
        let (records, findings) = DOIResolver(options: options).resolve(references: refs)
        #expect(records.map(\.status) == Array(repeating: .unverified, count: 4))
        #expect(findings.count == 4 && findings.allSatisfy { $0.kind == .unverified && $0.message.contains("registry.invalid") })
    }

    @Test func searchWithOneClearMatchSuggestsItsDOI() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let smith = Self.reference("r7", authors: ["Kate Smith"], title: "Algorithmic accountability in public administration",
                                   container: "Public Administration Review", year: 2021, volume: "81")
        let (records, findings) = DOIResolver(options: Self.options(server)).resolve(references: [smith])
        #expect(records.isEmpty)
        #expect(findings.map(\.kind) == [.doiSuggested])
        #expect(findings.first?.severity == .info && findings.first?.reference == "r7")
        #expect(findings.first?.suggestion == "10.5555/par.2021.13")
    }

    @Test func searchWithTwoCloseCandidatesSuggestsNothing() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let smith = Self.reference("r5", authors: ["Anna Smith"], title: "Global governance of artificial intelligence",
                                   container: "Global Policy", year: 2022, volume: "13")
        let (_, findings) = DOIResolver(options: Self.options(server)).resolve(references: [smith])
        #expect(findings.isEmpty)
        // The search did run: the silence is the rule's, not a failure's.
        #expect(try server.stats().queries == ["Anna Smith Global governance of artificial intelligence Global Policy 2022"])
    }

    @Test func answersAreCachedWithinARun() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        var again = Self.roberts
        again.id = "r3"
        again.doi = "10.5555/AI-SOC.2020.992"
        let resolver = DOIResolver(options: Self.options(server))
        let (records, _) = resolver.resolve(references: [Self.roberts, Self.floridi, again])
        #expect(records.map(\.references) == [["r1", "r3"], ["r2"]])
        _ = resolver.resolve(references: [Self.roberts])
        let hits = try server.stats().hits
        #expect(hits["/api/handles/10.5555/ai-soc.2020.992"] == 1)
        #expect(hits["/ra/10.5555"] == 1)
        #expect(hits.filter { $0.key.hasPrefix("/works/10.5555/ai-soc.2020.992") }.values.reduce(0, +) == 1)
    }

    @Test func politePoolNamesTheContactAndStaysWithinItsLimits() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let refs = (1...8).map { Self.reference("r\($0)", title: "Unknown \($0)", doi: "10.5555/unknown.\($0)") }
        _ = DOIResolver(options: Self.options(server)).resolve(references: refs + [Self.roberts])
        let stats = try server.stats()
        #expect(!stats.agents.isEmpty && stats.agents.allSatisfy { $0.contains("mailto:editor@example.org") })
        #expect(stats.hits.keys.contains { $0.hasPrefix("/works/10.5555/ai-soc.2020.992?mailto=editor%40example.org") })
        #expect(stats.maxInFlight <= 3)
        #expect(stats.maxInFlight > 1)  // the polite pool's concurrency is used, not wasted
    }

    @Test func publicPoolAsksOneAtATime() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let refs = (1...5).map { Self.reference("r\($0)", title: "Unknown \($0)", doi: "10.5555/unknown.\($0)") }
        _ = DOIResolver(options: Self.options(server, mailto: nil)).resolve(references: refs)
        let stats = try server.stats()
        #expect(stats.maxInFlight == 1)
        #expect(stats.agents.allSatisfy { $0.hasPrefix("CiteCheck/") && !$0.contains("mailto") })
    }

    @Test func connectToPointsTheRealRegistryNamesAtTheTestServer() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        var fetch = FetchOptions()
        fetch.timeout = 3
        fetch.connectTo = ["doi.org:80:127.0.0.1:\(server.port)", "api.datacite.org:80:127.0.0.1:\(server.port)"]
        let endpoints = DOIEndpoints(handles: "http://doi.org/api/handles", agencies: "http://doi.org/ra",
                                     crossref: "http://api.crossref.org", dataCite: "http://api.datacite.org")
        let doe = Self.reference("r5", authors: ["Jane Doe"], title: "AI incident dataset, 2015-2023", year: 2023,
                                 doi: "10.5281/zenodo.7654321")
        let (records, findings) = DOIResolver(options: DOIResolverOptions(fetch: fetch, endpoints: endpoints))
            .resolve(references: [doe])
        #expect(records.map(\.status) == [.registered])
        #expect(records.first?.agency == "DataCite")
        #expect(records.first?.metadata == DOIMetadata(title: "AI incident dataset, 2015-2023", year: 2023, container: "Zenodo", authors: ["Jane Doe"]))
        #expect(findings.isEmpty)
    }

    @Test func offlineAsksNothing() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        var options = Self.options(server)
        options.offline = true
        let (records, _) = DOIResolver(options: options).resolve(references: [Self.roberts])
        #expect(records.map(\.status) == [.unverified])
        #expect(try server.stats().hits.isEmpty)
    }

    /// The done-when: a sample paper of the tests' own, every DOI case in it.
    @Test func samplePaperEveryCase() throws {
        let server = try RegistryServer()
        defer { server.stop() }
        let parsed = try PaperParser().parse(path: TestServer.fixtures.appendingPathComponent("doi-paper.md").path)
        #expect(parsed.references.count == 7)
        let (records, findings) = DOIResolver(options: Self.options(server)).resolve(references: parsed.references, paper: parsed.paper)
        let status = Dictionary(records.map { ($0.doi.lowercased(), $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(status == [
            "10.5555/ai-soc.2020.992": .registered,
            "10.5555/nmi.2019.0056": .notFound,
            "10.555/jex.2020.2": .invalid,
            "10.5555/bio.2018.77": .registered,
            "10.5281/zenodo.7654321": .registered,
            "10.19780/j.cnki.ytaq.2025.2.3": .registered,
        ])
        #expect(records.first { $0.doi == "10.19780/j.cnki.ytaq.2025.2.3" }?.agency == "CNKI")
        #expect(records.first { $0.doi == "10.5281/zenodo.7654321" }?.agency == "DataCite")
        let byRef = Dictionary(grouping: findings) { $0.reference ?? "-" }.mapValues { $0.map(\.kind) }
        #expect(byRef == [
            "r2": [.doiNotFound],
            "r3": [.doiInvalid],
            "r4": [.doiMismatch],
            "r6": [.unverified],
            "r7": [.doiSuggested],
        ])
        let mismatch = try #require(findings.first { $0.kind == .doiMismatch })
        #expect(mismatch.message.contains("Protein structure prediction at scale") && mismatch.message.contains("Deep learning for protein contact maps"))
        #expect(findings.first { $0.kind == .doiNotFound }?.suggestion == "10.5555/nmi.2019.0055")
        #expect(findings.first { $0.kind == .doiInvalid }?.message.contains("shorter than four digits") == true)
        #expect(findings.first { $0.kind == .doiSuggested }?.suggestion == "10.5555/par.2021.13")
    }
}
