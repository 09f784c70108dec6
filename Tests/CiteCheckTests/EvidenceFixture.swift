import Foundation

/// Reads the evidence fixtures (Fixtures/Evidence) from the source tree, located via #filePath.
enum EvidenceFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Evidence")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}
