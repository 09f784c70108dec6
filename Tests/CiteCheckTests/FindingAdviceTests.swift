import CiteCheck
import Testing

@Suite struct FindingAdviceTests {
    @Test func everyKindHasAnActionAndAFixLabel() {
        for kind in Finding.Kind.allCases {
            let finding = Finding(kind: kind, severity: .warning, message: "m")
            #expect(!FindingAdvice.action(finding).isEmpty)
            #expect(!FindingAdvice.fixLabel(finding).isEmpty)
        }
    }

    @Test func anArchivedCopyIsNamedAsSuch() {
        let archived = Finding(kind: .deadLink, severity: .error, message: "gone",
                               suggestion: "https://web.archive.org/web/20240101000000/https://x.org/")
        #expect(FindingAdvice.fixLabel(archived) == "Cite the archived copy")
        #expect(FindingAdvice.fixLabel(Finding(kind: .redirected, severity: .warning, message: "m")) == "Cite the final URL")
    }
}
