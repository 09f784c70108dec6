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

    @Test func anUnwritableFolderIsAnOutputError() throws {
        #expect(throws: CiteCheckError.self) {
            try ReportWriter.write(try ReportFixtures.hostileAudit(), formats: [.json], to: "/proc/citecheck-cannot-write")
        }
    }
}
