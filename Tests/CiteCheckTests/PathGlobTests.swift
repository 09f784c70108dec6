import CiteCheck
import Testing

@Suite struct PathGlobTests {
    @Test func globsMatchWholePathsOrComponents() {
        #expect(PathGlob.matches("drafts", "issue/drafts/c.txt"))
        #expect(PathGlob.matches("*.draft.md", "issue/a.draft.md"))
        #expect(PathGlob.matches("*/b.txt", "/tmp/x/issue/b.txt"))
        #expect(PathGlob.matches("issue/*.txt", "./issue/a.txt"))
        #expect(!PathGlob.matches("drafts", "issue/drafts-old.txt"))
        #expect(!PathGlob.matches("*.md", "issue/a.txt"))
    }
}
