import CiteCheck
import Foundation
import Testing

@Suite struct ReportWriterTests {
    @Test func writesEachFormatIntoTheFolderAndNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citecheck-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let audit = try ReportFixtures.hostileAudit()
        let written = try ReportWriter.write(audit, formats: ReportFormat.allCases, to: folder.appendingPathComponent("nested").path)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == ReportFormat.allCases.map(\.fileName))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("nested").path).sorted()
        #expect(files == ReportFormat.allCases.map(\.fileName).sorted())
        for (path, format) in zip(written, ReportFormat.allCases) {
            #expect(try String(contentsOfFile: path, encoding: .utf8) == (try format.render(audit)))
        }
    }

    @Test func theDefaultFolderIsNamedAfterThePaper() {
        #expect(ReportWriter.defaultFolder(for: "References/un-ai-governance-main-channel.zh.txt") == "Reports/un-ai-governance-main-channel")
        #expect(ReportWriter.defaultFolder(for: "/tmp/paper.md") == "Reports/paper")
    }

    @Test func anArticleCheckedByAddressIsNamedAfterIt() {
        #expect(ReportWriter.defaultFolder(for: "https://www.nature.com/articles/s41586-019-1666-5")
                == "Reports/www.nature.com-articles-s41586-019-1666-5")
        #expect(ReportWriter.defaultFolder(for: "https://doi.org/10.1371/journal.pone.0115253") == "Reports/doi.org-10.1371-journal.pone.0115253")
        #expect(ReportWriter.defaultFolder(for: "http://journals.test/plosone/article?id=10.5555/x") == "Reports/journals.test-plosone-article")
    }

    @Test func anUnwritableFolderIsAnOutputError() throws {
        #expect(throws: CiteCheckError.self) {
            try ReportWriter.write(try ReportFixtures.hostileAudit(), formats: [.json], to: "/proc/citecheck-cannot-write")
        }
    }
}
