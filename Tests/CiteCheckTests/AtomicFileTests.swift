import Foundation
import Testing
@testable import CiteCheck

@Suite struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func partsAreWrittenInOrderAndReplaceTheOldFileWhole() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("nested/report.json").path
        try AtomicFile.write("old report\n", to: path)
        let big = Data(repeating: UInt8(ascii: "x"), count: 3 << 20)
        try AtomicFile.write([Data("{".utf8), big, Data("}\n".utf8)], to: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count == big.count + 3)
        #expect(written.first == UInt8(ascii: "{"))
        #expect(written.suffix(2) == Data("}\n".utf8))
        // No temporary file is left beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("nested").path)
        #expect(left == ["report.json"])
    }

    @Test func aFolderThatCannotBeWrittenIsOneErrorNamingThePath() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A file where the folder should be: the folder cannot be created.
        let blocker = dir.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        let path = blocker.appendingPathComponent("report.json").path
        #expect {
            try AtomicFile.write([Data("{}".utf8)], to: path)
        } throws: { error in
            (error as? CiteCheckError)?.description.contains("blocker") == true
        }
    }
}
