import Foundation

extension Fixtures {
    /// The bytes of a page or PDF under Fixtures/Evidence.
    static func evidence(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path("Evidence/\(name)"))))
    }
}
