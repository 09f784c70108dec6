import Foundation

/// Paths of fixture files and of the repository's sample papers, found from this source file.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { testsFolder.appendingPathComponent("Fixtures/\(name)").path }
    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    static var seedPaper: String { repository.appendingPathComponent("References/un-ai-governance-main-channel.zh.txt").path }
}

extension Fixtures {
    static func data(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(name))) }
}
