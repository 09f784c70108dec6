import CiteCheck
import Foundation
import Testing

@Suite struct IgnoreFileTests {
    @Test func oneRegexALineCommentsAndBlanksSkipped() throws {
        let rules = try IgnoreFile.rules(in: "# walls\n\n  linkedin\\.com  \r\n^https://x\\.com/\n", path: "/p/.citecheckignore")
        #expect(rules.map(\.pattern) == ["linkedin\\.com", "^https://x\\.com/"])
        #expect(rules.map(\.origin) == ["/p/.citecheckignore:3", "/p/.citecheckignore:4"])
    }

    @Test func aBadLineNamesFileAndLine() {
        #expect {
            try IgnoreFile.rules(in: "ok\n(bad\n", path: "/p/.citecheckignore")
        } throws: { error in
            (error as? CiteCheckError)?.problem.contains("/p/.citecheckignore:2") == true
        }
    }

    @Test func theNearestFileUpTheTreeIsFound() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ignore-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try "x\n".write(to: root.appendingPathComponent("a/.citecheckignore"), atomically: true, encoding: .utf8)
        #expect(IgnoreFile.nearest(".citecheckignore", from: deep.path) == root.appendingPathComponent("a/.citecheckignore").standardizedFileURL.path)
        #expect(IgnoreFile.nearest(".citecheckignore-none-\(UUID().uuidString)", from: deep.path) == nil)
    }
}
