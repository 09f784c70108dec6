import Foundation
import Testing
@testable import CiteCheck

@Test func foldersAreSearchedForPapersInNameOrder() throws {
    let root = URL(fileURLWithPath: try SimulatedDays.temporaryStorePath()).deletingLastPathComponent()
    let issue = root.appendingPathComponent("issue-7")
    for path in ["b.md", "a.txt", "sub/c.markdown", "notes.pdf", ".citecheck/x.md", "image.png"] {
        let url = issue.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }
    let single = root.appendingPathComponent("single.txt")
    try Data("x".utf8).write(to: single)
    let found = try PaperFinder.expand([issue.path, single.path, issue.appendingPathComponent("b.md").path])
    #expect(found == [issue.path + "/a.txt", issue.path + "/b.md", issue.path + "/sub/c.markdown", single.path])
}

@Test func missingPathsAndEmptyFoldersAreInputErrors() throws {
    let root = URL(fileURLWithPath: try SimulatedDays.temporaryStorePath()).deletingLastPathComponent()
    #expect(throws: CiteCheckError(.input, file: root.path + "/nope.md", "no such file or folder")) {
        try PaperFinder.expand([root.path + "/nope.md"])
    }
    #expect(throws: CiteCheckError(.input, file: root.path, "folder holds no papers (.txt, .md)")) {
        try PaperFinder.expand([root.path])
    }
}
