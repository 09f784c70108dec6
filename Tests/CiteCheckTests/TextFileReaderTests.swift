import Foundation
import Testing
@testable import CiteCheck

@Suite struct TextFileReaderTests {
    let reader = TextFileReader()
    let sample = "① 《全球人工智能治理倡议》，中央网信办网站，2023年10月18日。"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try reader.decode(Array(sample.utf8), path: "a.txt").text == sample)
        let withBOM = try reader.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8), path: "a.txt")
        #expect(withBOM.text == sample && withBOM.encoding == "UTF-8")
    }

    @Test func utf16WithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE] + sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + sample.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try reader.decode(le, path: "a.txt").text == sample)
        #expect(try reader.decode(be, path: "a.txt").encoding == "UTF-16BE")
    }

    @Test func gbkFileFromAChineseWordProcessor() throws {
        let paper = try reader.read(path: Fixtures.path("gbk-paper.txt"))
        #expect(paper.encoding == "GB18030")
        #expect(paper.text.contains("《全球人工智能治理倡议》"))
        let parsed = try PaperParser().parse(paper)
        #expect(parsed.references.first?.title == "全球人工智能治理倡议")
    }

    @Test func badInputGetsOneLineNamingTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let binary = folder.appendingPathComponent("figure.png").path
        FileManager.default.createFile(atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))
        let big = folder.appendingPathComponent("big.txt").path
        FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x41, count: 2_000_000))
        let latin1 = folder.appendingPathComponent("latin1.txt").path
        FileManager.default.createFile(atPath: latin1, contents: Data([0x63, 0x61, 0x66, 0xE9, 0xFF, 0x0A]))

        let small = TextFileReader(maxBytes: 1_000_000)
        let cases: [(String, String)] = [
            (empty, "file is empty"), (binary, "binary"), (big, "too large"),
            (folder.path, "is a folder"), (folder.appendingPathComponent("missing.txt").path, "no such file"),
            (latin1, "encoding not recognised"),
        ]
        for (path, problem) in cases {
            let error = #expect(throws: CiteCheckError.self) { try small.read(path: path) }
            #expect(error?.description.hasPrefix(path + ": ") == true)
            #expect(error?.description.contains(problem) == true, "\(error?.description ?? "")")
            #expect(error?.description.contains("\n") == false)
        }
    }
}
