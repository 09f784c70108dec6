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

extension AtomicFileTests {
    @Test func aKilledWritersTemporaryIsRemovedByTheNextWrite() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A process that has ended: its pid names no process now.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let abandoned = dir.appendingPathComponent(".report.json.\(finished.processIdentifier).12345.tmp").path
        let live = dir.appendingPathComponent(".report.json.\(getpid()).777.tmp").path  // a concurrent writer
        let other = dir.appendingPathComponent(".report.html.\(finished.processIdentifier).1.tmp").path  // another report
        for path in [abandoned, live, other] { try Data("half a rep".utf8).write(to: URL(fileURLWithPath: path)) }
        try AtomicFile.write([Data("{}\n".utf8)], to: dir.appendingPathComponent("report.json").path)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(left == ["report.json", URL(fileURLWithPath: live).lastPathComponent, URL(fileURLWithPath: other).lastPathComponent])
    }
}

/// `write(to:_:)`: the content goes to the temporary file as it is handed over (a report streamed
/// from its encoder), and the target changes only once the whole of it is there.
extension AtomicFileTests {
    @Test func piecesReachTheTemporaryFileAsTheyAreWrittenAndTheTargetOnlyWhenWhole() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.json").path
        try AtomicFile.write("old report\n", to: path)
        var seenMidway: (temporary: Data?, target: String?) = (nil, nil)
        try AtomicFile.write(to: path) { file in
            file.write(Data("{\n  \"links\" : [".utf8))
            // Midway: the first piece is on disk already, beside an untouched target.
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            let temporary = names.first { $0.hasPrefix(".report.json.") && $0.hasSuffix(".tmp") }
            seenMidway = (temporary.flatMap { FileManager.default.contents(atPath: dir.appendingPathComponent($0).path) },
                          try String(contentsOfFile: path, encoding: .utf8))
            file.write(Data("\n\n  ]\n}\n".utf8))
        }
        #expect(seenMidway.temporary == Data("{\n  \"links\" : [".utf8))
        #expect(seenMidway.target == "old report\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\n  \"links\" : [\n\n  ]\n}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.json"])
    }

    struct EncoderFailed: Error {}

    @Test func aWriterThatFailsHalfwayLeavesTheOldFileAndNoTemporary() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.json").path
        try AtomicFile.write("old report\n", to: path)
        #expect(throws: EncoderFailed.self) {
            try AtomicFile.write(to: path) { file in
                file.write(Data("{\n  \"links\" : [".utf8))
                throw EncoderFailed()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.json"])
    }
}
