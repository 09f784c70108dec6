import Foundation
import Testing

/// `citecheck parse` end to end on the formats of issue 7/7, run as the built binary.
@Suite struct ParseInputFormatTests {
    static let formats = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CiteCheckTests/Fixtures/formats")

    @Test func jatsIsDetectedAndGivesTheJSONContract() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let result = try CLI.run(["parse", Self.formats.appendingPathComponent("article.jats.xml").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paper = try #require(json["paper"] as? [String: Any])
        #expect(paper["doi"] as? String == "10.19780/j.cnki.ytaq.2026.3.7")
        let refs = try #require(json["references"] as? [[String: Any]])
        #expect(refs.count == 4)
        #expect(refs[1]["accessed"] as? String == "2025-03-20")
        #expect(refs[3]["doi"] as? String == "10.1007/s43681-021-00083-y")
        #expect(refs[3]["accessed"] is NSNull)
    }

    @Test func inputFormatOverridesDetection() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A BibTeX file saved as .txt whose first line is prose: detection says text, the flag says bib.
        let bib = "Exported 2025-04-20 from the group library.\n\n"
            + (try String(contentsOf: Self.formats.appendingPathComponent("references.bib"), encoding: .utf8))
        let path = dir.appendingPathComponent("library.txt").path
        try Data(bib.utf8).write(to: URL(fileURLWithPath: path))

        let detected = try CLI.run(["parse", path, "--format", "json"])
        #expect(detected.status == 2)
        let forced = try CLI.run(["parse", path, "--input-format", "bibtex", "--format", "json"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(forced.stdout.utf8)) as? [String: Any])
        let refs = try #require(json["references"] as? [[String: Any]])
        #expect(refs.map { $0["label"] as? String } == ["un2024capacity", "kerry2024should", "schmitt2022mapping", "mueller2019"])
        #expect(refs[0]["number"] as? String == "A/RES/78/311")
    }

    @Test func hostileInputIsOneLineAndExitTwo() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CLI.binary), "build the citecheck binary first")
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var dtd = "<!ENTITY l0 \"lollollollol\">"
        for k in 1...10 { dtd += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        let path = dir.appendingPathComponent("lol.xml").path
        try Data("<?xml version=\"1.0\"?><!DOCTYPE article [\(dtd)]><article><back><ref-list><ref><mixed-citation>&l10;</mixed-citation></ref></ref-list></back></article>".utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stderr == "citecheck: \(path): refused: entity expansion limit exceeded (a billion-laughs DTD?) at line 1\n")
        #expect(result.stdout.isEmpty)
    }
}
