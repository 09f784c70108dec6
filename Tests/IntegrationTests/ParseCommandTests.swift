import Foundation
import Testing

/// `citecheck parse` run as a user runs it: the built binary, real files, exit statuses.
@Suite struct ParseCommandTests {
    @Test func jsonContractOnTheSeedPaper() throws {
        let seed = CLI.repository.appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path
        let result = try CLI.run(["parse", seed, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let notes = try #require(json["notes"] as? [[String: Any]])
        let refs = try #require(json["references"] as? [[String: Any]])
        #expect(notes.count == 71 && refs.count == 74)
        // Every key of the contract is present on every reference, absent values as null.
        let keys: Set<String> = ["id", "note", "label", "authors", "title", "container", "number", "date", "volume",
                                 "issue", "pages", "urls", "accessed", "doi", "language", "raw", "repeats", "work", "source"]
        for ref in refs {
            #expect(Set(ref.keys) == keys)
            for (key, value) in ref where value is String { #expect((value as? String)?.isEmpty == false, "\(key)") }
        }
        #expect(refs[2]["accessed"] is NSNull)
        #expect(Set(notes[0].keys) == ["index", "label", "kind", "text", "context", "source"])
        // Where each note starts in the paper as read (issue #18).
        let source = notes[0]["source"] as? [String: Any]
        #expect(source?["file"] as? String == seed)
        #expect((source?["line"] as? Int ?? 0) > 1)
        let paper = try #require(json["paper"] as? [String: Any])
        #expect(paper["doi"] as? String == "10.19780/j.cnki.ytaq.2026.3.7")
    }

    @Test func textTableNamesEveryNote() throws {
        let seed = CLI.repository.appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path
        let result = try CLI.run(["parse", seed])
        #expect(result.status == 0)
        #expect(result.stdout.contains("71 notes (2 comments), 74 references, 57 URLs"))
        #expect(result.stdout.contains("https://www.cac.gov.cn/2023-10/18/e_1699291…"))
        #expect(result.stdout.contains("71 ②"))
    }

    @Test func badInputIsOneLineAndExitTwo() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let binary = folder.appendingPathComponent("scan.pdf.txt").path
        FileManager.default.createFile(atPath: binary, contents: Data([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]))
        let noNotes = folder.appendingPathComponent("essay.txt").path
        try "An essay.\n\nIt cites nothing at all.\n".write(toFile: noNotes, atomically: true, encoding: .utf8)
        for (path, problem) in [(empty, "empty"), (binary, "binary"), (noNotes, "no footnotes"),
                                (folder.appendingPathComponent("nope.txt").path, "no such file")] {
            let result = try CLI.run(["parse", path, "--format", "json"])
            #expect(result.status == 2, "\(path)")
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(result.stderr.contains(path) && result.stderr.contains(problem), "\(result.stderr)")
        }
    }

    @Test func failedParseLeavesThePreviousOutputIntact() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json").path
        try "previous report".write(toFile: output, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let result = try CLI.run(["parse", empty, "--format", "json", "--output", output])
        #expect(result.status == 2)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous report")
        // No temporary file is left behind either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["empty.txt", "out.json"])
    }

    @Test func writesTheOutputFileWhole() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("nested/refs.json").path
        let seed = CLI.repository.appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path
        let result = try CLI.run(["parse", seed, "--format", "json", "--output", output])
        #expect(result.status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["references"] != nil)
    }

    /// A paper exactly at the input limit parses whole (issue 19): Markdown notes defined under each
    /// paragraph, the layout that once glued the paper into one paragraph, with the limit lowered to
    /// the paper's own size so that the suite stays quick. The report is streamed to the file and to
    /// standard output as it is encoded; both must be the same complete JSON.
    @Test func aMarkdownPaperAtTheInputLimitParsesWhole() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = 1_200
        var paper = "# A paper at the limit\n\n"
        for start in stride(from: 1, through: notes, by: 4) {
            let ids = start..<min(notes + 1, start + 4)
            paper += ids.map { "Sentence \($0) cites a source on page \($0 % 400).[^\($0)]" }.joined(separator: " ") + "\n\n"
            for id in ids {
                paper += "[^\(id)]: Klein, M., & Tobin, R. (\(1990 + id % 30)). Scholarly context not found: Study \(id) of reference rot. "
                    + "PLOS ONE, \(id % 20)(12), Article e\(115253 + id). https://doi.org/10.1371/journal.pone.\(115253 + id)\n"
            }
            paper += "\n"
        }
        let path = folder.appendingPathComponent("paper.md").path
        try paper.write(toFile: path, atomically: true, encoding: .utf8)
        let limit = String(paper.utf8.count)
        let over = try CLI.run(["parse", path, "--format", "json", "--max-input", String(paper.utf8.count - 1)])
        #expect(over.status == 2 && over.stderr.contains("raise it with --max-input"))
        let output = folder.appendingPathComponent("refs.json").path
        let written = try CLI.run(["parse", path, "--format", "json", "--max-input", limit, "--output", output])
        #expect(written.status == 0, "\(written.stderr)")
        let stdout = try CLI.run(["parse", path, "--format", "json", "--max-input", limit])
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(Data(stdout.stdout.utf8) == data)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let notesRead = try #require(json["notes"] as? [[String: Any]])
        let references = try #require(json["references"] as? [[String: Any]])
        #expect(notesRead.count == notes && references.count == notes)
        // Each note keeps its own sentence, not the paragraphs glued together.
        #expect(notesRead.last?["context"] as? String == "Sentence \(notes) cites a source on page \(notes % 400).")
        #expect(references.last?["doi"] as? String == "10.1371/journal.pone.\(115253 + notes)")
        #expect(data.last == UInt8(ascii: "\n"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CLI.run(["parse", "x.txt", "--format", "yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("yaml"))
    }
}
