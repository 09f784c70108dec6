import Foundation
import Testing

/// Issue 19, as a hostile user tries it: the built binary given flags, papers and servers meant to
/// make it hang, crash or eat memory. Each case must end in bounded time with the behaviour the
/// issue asks for; times are measured in bench/hardening.sh, never asserted here.
@Suite struct HardeningTests {
    static let paper = CLI.fixture("links-paper.txt")

    /// Writes `text` to a new file in a fresh temporary folder.
    static func file(_ name: String, _ text: String) throws -> (folder: URL, path: String) {
        let folder = try CLI.temporaryFolder()
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test(arguments: [
        ["--max-body", "99999999999999999999"], ["--max-body", "9999999999999999M"], ["--max-body", "2048M"],
        ["--timeout", "1e30"], ["--timeout", "inf"], ["--timeout", "nan"], ["--timeout", "-inf"],
        ["--concurrency", "9223372036854775807"], ["--host-concurrency", "9223372036854775807"],
        ["--host-interval", "9223372036854775807"], ["--retries", "9223372036854775807"],
        ["--max-redirects", "9223372036854775807"], ["--access-age-years", "9223372036854775807"],
        ["--confirm-runs", "9223372036854775807"], ["--confirm-days", "-1"], ["--archive-limit", "9223372036854775807"],
        ["--browser-concurrency", "9223372036854775807"], ["--browser-timeout", "inf"],
        ["--store-timeout", "inf"], ["--store-timeout", "1e30"], ["--store-timeout", "-1"],
    ])
    func numericFlagsOutOfRangeAreUsageErrors(_ flag: [String]) throws {
        // These died with a Swift runtime failure (exit 132) instead of a usage error.
        let result = try CLI.run(["check", Self.paper, "--offline", "--no-store"] + flag)
        #expect(result.status == 2, "\(flag): \(result.stderr)")
        #expect(result.stderr.contains(flag[0]), "\(flag): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func historyStoreTimeoutIsValidatedToo() throws {
        let result = try CLI.run(["history", Self.paper, "--store-timeout", "nan"])
        #expect(result.status == 2 && result.stderr.contains("--store-timeout"))
    }

    @Test func risWhoseLastRecordHasNoEndLineFinishes() throws {
        let ris = "TY  - JOUR\nAU  - Smith, John\nTI  - A first record\nPY  - 2020\nER  - \n"
            + "TY  - RPRT\nAU  - Roe, Jane\nTI  - The last record, cut off\nPY  - 2021\nUR  - https://example.org/last\n"
        let (folder, path) = try Self.file("cut.ris", ris)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["parse", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let refs = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])["references"] as? [[String: Any]]
        #expect(refs?.map { $0["title"] as? String } == ["A first record", "The last record, cut off"])
    }

    @Test(arguments: ["bib", "ris"])
    func anEntryWithTenThousandAuthorsParsesWhole(_ format: String) throws {
        let names = (0..<10_000).map { "Family\($0), Given\($0)" }
        let text = format == "bib"
            ? "@article{big,\n  author = {\(names.joined(separator: " and "))},\n  title = {A paper with many authors},\n"
                + "  journal = {Journal of Large Collaborations},\n  year = {2020},\n  url = {https://example.org/x}\n}\n"
            : "TY  - JOUR\n" + names.map { "AU  - \($0)\n" }.joined()
                + "TI  - A paper with many authors\nPY  - 2020\nUR  - https://example.org/x\nER  - \n"
        let (folder, path) = try Self.file("authors.\(format)", text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["parse", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let refs = try #require(json["references"] as? [[String: Any]])
        #expect(refs.count == 1)
        let authors = try #require(refs.first?["authors"] as? [String])
        #expect(authors.count == 10_000)
        #expect(authors.first == "Given0 Family0" && authors.last == "Given9999 Family9999")
        #expect(refs.first?["title"] as? String == "A paper with many authors")
    }

    /// A paper citing `paths` on the hostile server, each with a cited title unlike the page's, so
    /// the title check quotes the page's own title in its finding.
    static func hostilePaper(_ server: HostileServer, _ paths: [String],
                             title: String = "Quarterly Statistics of Fisheries in the North Sea") throws -> (folder: URL, path: String) {
        let notes = paths.enumerated().map { i, path in
            "[^\(i + 1)]: Jane Roe, \"\(title)\", Example Institute, 2024, "
                + "\(server.url(path)), accessed 2024-01-01."
        }
        let body = "A paper citing hostile pages." + paths.indices.map { "[^\($0 + 1)]" }.joined() + "\n\n"
        return try Self.file("hostile.md", body + notes.joined(separator: "\n") + "\n")
    }

    static func checkFlags(_ folder: URL) -> [String] {
        ["--no-store", "--no-archive", "--retries", "0", "--timeout", "20", "--host-interval", "0",
         "--format", "json,text,markdown", "--output-dir", folder.appendingPathComponent("out").path]
    }

    @Test func escapeSequencesInAPageTitleNeverReachTheTerminalOrTextReports() throws {
        let server = try HostileServer()
        defer { server.stop() }
        // The page's title holds escapes (libxml2 drops them), and so does the paper's cited title, which
        // the title check quotes back.
        let (folder, path) = try Self.hostilePaper(server, ["/escape-title"], title: "Fisheries \u{1B}[2J\u{1B}]0;owned\u{07}Statistics")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["check", path] + Self.checkFlags(folder))
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let text = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        // The cited title is quoted (the check found it unlike the page's), with its escapes made visible.
        #expect(text.contains("Fisheries \\x1B[2J\\x1B]0;owned\\x07Statistics"), "\(text)")
        #expect(markdown.contains("x1B"), "\(markdown)")
        for output in [result.stdout, result.stderr, text, markdown] {
            #expect(!output.contains("\u{1B}"))
            #expect(!output.contains("\u{07}"))
        }
        // JSON keeps the paper's text as it is, escaped by the encoder.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any])
        let reference = (json["references"] as? [[String: Any]])?.first
        #expect(reference?["title"] as? String == "Fisheries \u{1B}[2J\u{1B}]0;owned\u{07}Statistics")
    }

    @Test func aBibliographyOfThreeHundredThousandItemsIsRefusedBeforeParsing() throws {
        // 300,000 CSL-JSON items took 1.1 GB; past the entries limit it is a one-line error, exit 2.
        let items = (0..<300_000).map { "{\"id\":\"i\($0)\",\"title\":\"Title \($0)\",\"URL\":\"https://e.org/\($0)\"}" }
        let (folder, path) = try Self.file("library.json", "[" + items.joined(separator: ",") + "]")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["parse", path, "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stderr == "citecheck: \(path): 300000 CSL-JSON items; the limit is 50000 per file (a paper cites far fewer: split the library, or raise --max-entries)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func hostilePagesAreCheckedInBoundedTimeAndMemory() throws {
        // A title of 400 distinct words (43 s and 471 MB before), an endless body (182 MB although the
        // cap is 4 MB) and a page of a million links and meta tags read with --max-body 64M (1.9 GB).
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path) = try Self.hostilePaper(server, ["/title-words", "/endless", "/links/1000000"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["check", path, "--max-body", "64M"] + Self.checkFlags(folder))
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any])
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.count == 3)
        let byPath = Dictionary(uniqueKeysWithValues: links.map { (URL(string: $0["url"] as? String ?? "")?.path ?? "", $0) })
        #expect(byPath["/title-words"]?["status"] as? String == "ok")
        #expect(byPath["/links/1000000"]?["status"] as? String == "ok")
        #expect((byPath["/links/1000000"]?["page"] as? [String: Any])?["title"] as? String == "Many links")
        // The endless body is cut at the cap: a page that answered, read up to 64 MB.
        #expect(byPath["/endless"]?["httpStatus"] as? Int == 200)
    }

    @Test(arguments: ["1e20s", "inf", "100000s"])
    func rateLimitHeadersFromARegistryAreClamped(_ interval: String) throws {
        // 1e20s and inf crashed the run with no report; 100000s made the next request wait that long.
        let server = try HostileServer(interval: interval)
        defer { server.stop() }
        let (folder, path) = try Self.file("doi.md", "A claim.[^1][^2]\n\n"
            + "[^1]: Jane Roe, \"Notes on identifiers\", *Journal of Examples*, 2020, DOI: 10.5555/one.2020.1.\n"
            + "[^2]: John Doe, \"More notes\", *Journal of Examples*, 2021, DOI: 10.5555/two.2021.2.\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        let result = try CLI.run(["check", path, "--output", report, "--no-store", "--retries", "0",
                                  "--doi-handle-api", server.url("/api/handles"), "--doi-ra-api", server.url("/ra"),
                                  "--crossref-api", server.url("/"), "--datacite-api", server.url("/"),
                                  "--openalex-api", server.url("/"), "--openlibrary-api", server.url("/")])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(FileManager.default.fileExists(atPath: report))
    }

    @Test func aHeldStoreLockIsWaitedOnForAtMostTheStoreTimeout() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("history.sqlite").path
        // Another process holds the lock file, as a stopped or hung audit would.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", "import fcntl,sys; f=open(sys.argv[1],'a'); fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); sys.stdin.read()", store + ".lock"]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        _ = output.fileHandleForReading.availableData  // "held"
        let result = try CLI.run(["check", Self.paper, "--offline", "--store", store, "--store-timeout", "1",
                                  "--output", folder.appendingPathComponent("r.json").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(store): the history store is locked by another process (waited 1 s; raise --store-timeout"), "\(result.stderr)")
    }
}

extension HardeningTests {
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalWritesAValidPartialReport(_ signal: Int32, _ status: Int32) throws {
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path) = try Self.hostilePaper(server, ["/answered", "/stall"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["check", path, "--output", report, "--no-store", "--no-archive", "--retries", "0",
                             "--timeout", "120", "--host-interval", "0"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Until the answered page is in (its title is read) and the other one hangs: then the signal.
        Thread.sleep(forTimeInterval: 3)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == status)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(json["complete"] as? Bool == false)
        #expect((json["linkCheck"] as? [String: Any])?["state"] as? String == "interrupted")
        let links = try #require(json["links"] as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: links.map { (URL(string: $0["url"] as? String ?? "")?.path ?? "", $0) })
        #expect(byPath["/answered"]?["status"] as? String == "ok")
        #expect(byPath["/stall"]?["status"] as? String == "unverified")
        #expect(json["references"] is [Any] && json["run"] is [String: Any])
    }

    @Test func aFinishedRunSaysItIsComplete() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.json").path
        let result = try CLI.run(["check", Self.paper, "--offline", "--no-store", "--output", report])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(json["complete"] as? Bool == true)
    }
}

/// Every reader ends on truncated, unterminated and garbage input, with a parse or a one-line error.
extension HardeningTests {
    static let formats = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CiteCheckTests/Fixtures/formats")

    @Test(arguments: ["references.bib", "references.ris", "references.csl.json", "article.jats.xml", "article.html",
                      "same-citations.zh.txt"])
    func truncatedAndGarbageInputEndsWithAParseOrOneLineError(_ name: String) throws {
        let whole = try Data(contentsOf: Self.formats.appendingPathComponent(name))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var garbage = Data(whole.prefix(64))
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            garbage.append(UInt8(truncatingIfNeeded: seed >> 56))
        }
        let cases: [(String, Data)] = [
            ("half", whole.prefix(whole.count / 2)), ("last-byte-cut", whole.dropLast()),
            ("unterminated", whole.prefix(whole.count * 9 / 10) + Data("{ ( [ < \" “《".utf8)),
            ("garbage", garbage),
        ]
        let ext = name.hasSuffix(".csl.json") ? "csl.json" : String(name.split(separator: ".").last ?? "txt")
        for (label, bytes) in cases {
            let path = folder.appendingPathComponent("\(label).\(ext)").path
            try bytes.write(to: URL(fileURLWithPath: path))
            let result = try CLI.run(["parse", path, "--format", "json"])
            #expect(result.status == 0 || result.status == 2, "\(name) \(label): \(result.status) \(result.stderr)")
            if result.status == 2 {
                #expect(result.stderr.hasPrefix("citecheck: \(path): ") && result.stderr.filter { $0 == "\n" }.count == 1,
                        "\(name) \(label): \(result.stderr)")
            } else {
                #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(name) \(label)")
            }
        }
    }

    @Test func jatsWithReferencesInAnUnexpectedStructureSaysWhatItFound() throws {
        let section = """
            <?xml version="1.0"?>
            <article><body><p>Text cites [1].</p></body>
            <back><sec sec-type="references"><title>References</title>
            <p>[1] Jane Roe, "Notes on identifiers", Journal of Examples, 2020, https://example.org/a.</p>
            <p>[2] John Doe, "More notes", Journal of Examples, 2021, https://example.org/b.</p>
            </sec></back></article>
            """
        let (folder, path) = try Self.file("section.xml", section)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stderr == "citecheck: \(path): JATS article without <ref> references or <fn> notes: found a <sec> \"References\" "
                + "holding 2 <p> instead of a <ref-list>; JATS wants each reference in a <ref> inside <ref-list>\n")

        let bare = try Self.file("bare.xml", """
            <?xml version="1.0"?>
            <article><back><ref-list><title>References</title>
            <mixed-citation>Jane Roe, "Notes on identifiers", 2020, https://example.org/a.</mixed-citation>
            <mixed-citation>John Doe, "More notes", 2021, https://example.org/b.</mixed-citation>
            </ref-list></back></article>
            """)
        defer { try? FileManager.default.removeItem(at: bare.folder) }
        let listed = try CLI.run(["parse", bare.path])
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("its <ref-list> holds 2 <mixed-citation> but no <ref>"), "\(listed.stderr)")
    }
}

/// Fixtures/hostileserver.py on a free loopback port; `interval` is the X-Rate-Limit-Interval its
/// registry answers announce.
final class HostileServer: @unchecked Sendable {
    private let server: PythonServerProcess
    let port: Int

    init(interval: String? = nil) throws {
        server = try PythonServerProcess(script: "hostileserver.py", arguments: interval.map { [$0] } ?? [])
        port = server.ports.http
    }

    func stop() { server.stop() }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }
}

/// In `check`, a limit on one link is that link's status: the run goes on and reports the others.
extension HardeningTests {
    @Test func aLinkPastAPerLinkLimitGetsAStatusNotAFailedRun() throws {
        let server = try HostileServer()
        defer { server.stop() }
        let (folder, path) = try Self.hostilePaper(server, ["/huge-headers", "/redirect/0", "/endless", "/answered"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["check", path, "--max-body", "512K", "--max-redirects", "3"] + Self.checkFlags(folder))
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any])
        #expect(json["complete"] as? Bool == true)
        let links = try #require(json["links"] as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: links.map { (URL(string: $0["url"] as? String ?? "")?.path ?? "", $0) })
        // Headers past libcurl's 300 KB per response: the transfer fails, on that link only.
        #expect(byPath["/huge-headers"]?["status"] as? String == "connection")
        #expect((byPath["/huge-headers"]?["error"] as? String)?.contains("Too large response headers") == true,
                "\(byPath["/huge-headers"] ?? [:])")
        // ... and says so: the limit is named, on the link and in its finding, not "check again later".
        #expect(byPath["/huge-headers"]?["limit"] as? String == "header-limit")
        #expect(links.filter { $0["limit"] != nil }.count == 1)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let headerFinding = findings.first { ($0["url"] as? String)?.hasSuffix("/huge-headers") == true }
        #expect((headerFinding?["message"] as? String)?.contains("past the header limit") == true, "\(headerFinding ?? [:])")
        #expect((headerFinding?["message"] as? String)?.contains("checking again will not help") == true)
        // Past --max-redirects: the redirect chain's own status.
        #expect(byPath["/redirect/0"]?["status"] as? String == "redirect-loop")
        #expect((byPath["/redirect/0"]?["error"] as? String)?.contains("more than 3 redirects") == true, "\(byPath["/redirect/0"] ?? [:])")
        // Past --max-body: read up to the cap, the page still answered.
        #expect(byPath["/endless"]?["status"] as? String == "ok")
        #expect((byPath["/endless"]?["page"] as? [String: Any])?["title"] as? String == "Endless")
        #expect(byPath["/answered"]?["status"] as? String == "ok")
    }
}

/// The options that raise the input limits, named in the limits' messages.
extension HardeningTests {
    @Test func theInputLimitsAreRaisedByTheOptionTheirMessagesName() throws {
        let entries = (1...5).map { "@misc{e\($0),\n  title = {Entry \($0)},\n  year = {2020},\n  url = {https://example.org/\($0)}\n}\n" }
        let (folder, path) = try Self.file("five.bib", entries.joined())
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try CLI.run(["parse", path, "--max-entries", "3"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "citecheck: \(path): 5 BibTeX entries; the limit is 3 per file (a paper cites far fewer: split the library, or raise --max-entries)\n")
        let raised = try CLI.run(["parse", path, "--max-entries", "5", "--format", "json"])
        #expect(raised.status == 0, "\(raised.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(raised.stdout.utf8)) as? [String: Any])?["references"] as? [Any] != nil)

        let paper = try String(contentsOfFile: Self.paper, encoding: .utf8)
        let big = try Self.file("paper.txt", paper + String(repeating: "Body text of the paper. ", count: 200))
        defer { try? FileManager.default.removeItem(at: big.folder) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? Int)
        let tooBig = try CLI.run(["check", big.path, "--offline", "--no-store", "--max-input", "2K", "--output", "-"])
        #expect(tooBig.status == 2)
        #expect(tooBig.stderr == "citecheck: \(big.path): file is too large (\(size / 1024) KB; the limit is 2 KB: raise it with --max-input)\n")
        #expect(try CLI.run(["parse", big.path, "--max-input", "1M"]).status == 0)

        for bad in ["0", "2G", "99999999999999999999K", "1T", "1e9", "12 M"] {
            let result = try CLI.run(["parse", path, "--max-input", bad])
            #expect(result.status == 2 && result.stderr.contains("--max-input must be a byte count between 1 and 1G"), "\(bad): \(result.stderr)")
        }
        for bad in ["0", "10000001", "99999999999999999999"] {
            let result = try CLI.run(["parse", path, "--max-entries", bad])
            #expect(result.status == 2 && result.stderr.contains("--max-entries"), "\(bad): \(result.stderr)")
        }
    }
}

/// `--pdf-timeout`: the seconds pdftotext (found on PATH) may take before it is stopped.
extension HardeningTests {
    @Test func aSlowPdftotextIsStoppedAtThePDFTimeoutItsMessageNames() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        // Stands in for pdftotext on a damaged PDF: slow, then the text of a paper with one note.
        let text = "The regime is fragmented [1], and the UN is weighing a role [2].\n\nReferences\n\n"
            + "[1] Lewin Schmitt, \"Mapping Global AI Governance\", AI and Ethics, Vol. 2, 2022, pp. 303-314.\n"
            + "[2] Kerry, \"Should the UN Govern Global AI?\", February 26, 2024, https://www.brookings.edu/x/ [2025-04-14].\n"
        let tool = bin.appendingPathComponent("pdftotext").path
        try "#!/bin/sh\nsleep 3\ncat <<'TEXT'\n\(text)TEXT\n".write(toFile: tool, atomically: true, encoding: .utf8)
        chmod(tool, 0o755)
        let pdf = folder.appendingPathComponent("paper.pdf").path
        try "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".write(toFile: pdf, atomically: true, encoding: .utf8)
        let path = ["PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]

        let stopped = try CLI.run(["parse", pdf, "--pdf-timeout", "1"], environment: path)
        #expect(stopped.status == 2)
        #expect(stopped.stderr == "citecheck: \(pdf): pdftotext did not finish within 1 s (a damaged PDF?; raise the limit with --pdf-timeout)\n")
        let raised = try CLI.run(["parse", pdf, "--pdf-timeout", "30", "--format", "json"], environment: path)
        #expect(raised.status == 0, "\(raised.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(raised.stdout.utf8)) as? [String: Any]
        let references = json?["references"] as? [[String: Any]]
        #expect(references?.count == 2)
        #expect(references?.last?["urls"] as? [String] == ["https://www.brookings.edu/x/"])

        for bad in ["0", "-1", "inf", "nan", "1e30", "86401"] {
            for command in ["parse", "check"] {
                let result = try CLI.run([command, pdf, "--pdf-timeout=\(bad)"] + (command == "check" ? ["--offline", "--no-store"] : []))
                #expect(result.status == 2 && result.stderr.contains("--pdf-timeout must be"), "\(command) \(bad): \(result.stderr)")
            }
        }
    }
}
