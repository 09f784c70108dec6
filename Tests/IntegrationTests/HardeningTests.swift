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
}
