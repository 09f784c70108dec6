import Foundation
import Testing
@testable import CiteCheck

private func folder(_ name: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("citecheck-key-\(UUID().uuidString)/\(name)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return PaperKey.of(url.path)
}

@Test func aPaperWithADOIIsNamedByItWhereverItLies() {
    #expect(PaperKey.identity(path: "/a/x.md", doi: "10.1234/ABC.Def") == "doi:10.1234/abc.def")
    #expect(PaperKey.identity(path: "/b/elsewhere/y.txt", doi: "https://doi.org/10.1234/abc.def") == "doi:10.1234/abc.def")
}

@Test func anArticleCheckedByAddressIsNamedByItsAddressOrItsDOI() {
    #expect(PaperKey.identity(path: "https://journal.example/articles/x", doi: nil) == "https://journal.example/articles/x")
    #expect(PaperKey.identity(path: "https://journal.example/articles/x", doi: "10.1234/X") == "doi:10.1234/x")
}

@Test func withoutADOIThePathUnderTheGitWorkTreeNamesThePaper() throws {
    let first = try folder("runner-1/_work/journal")
    let second = try folder("cache/restored/journal")
    for top in [first, second] {
        try FileManager.default.createDirectory(atPath: top + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: top + "/issue-3", withIntermediateDirectories: true)
    }
    // Run from anywhere, the key is the same in both checkouts.
    #expect(PaperKey.identity(path: first + "/issue-3/a.md", doi: nil, folder: "/") == "issue-3/a.md")
    #expect(PaperKey.identity(path: "issue-3/./a.md", doi: nil, folder: second) == "issue-3/a.md")
    #expect(PaperKey.identity(path: "a.md", doi: "not a doi", folder: second + "/issue-3") == "issue-3/a.md")
}

@Test func aWorktreesGitFileMarksItsTopToo() throws {
    let top = try folder("wt")
    try "gitdir: /elsewhere/.git/worktrees/wt\n".write(toFile: top + "/.git", atomically: true, encoding: .utf8)
    #expect(PaperKey.identity(path: top + "/deep/er/p.md", doi: nil) == "deep/er/p.md")
}

@Test func outsideAGitTreeTheRootOrTheCurrentFolderIsTheTop() throws {
    let top = try folder("plain")
    #expect(PaperKey.identity(path: top + "/papers/p.md", doi: nil, folder: top) == "papers/p.md")
    #expect(PaperKey.identity(path: "papers/p.md", doi: nil, root: top + "/papers", folder: top) == "p.md")
    #expect(PaperKey.identity(path: "p.md", doi: nil, root: "..", folder: top + "/papers") == "papers/p.md")
    // A paper outside its root keeps its absolute path rather than a misleading "../" name.
    #expect(PaperKey.identity(path: top + "/p.md", doi: nil, root: top + "/papers") == top + "/p.md")
    // A root spelt with a trailing slash is the same root.
    #expect(PaperKey.identity(path: top + "/papers/p.md", doi: nil, root: top + "/") == "papers/p.md")
}
