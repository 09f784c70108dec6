import ArgumentParser
import CiteCheck
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render a saved JSON audit in other formats, without touching the network.",
        discussion: "Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for usage or input errors.")

    @Argument(help: "A JSON audit written by `citecheck check --format json`.")
    var audit: String

    @OptionGroup var reports: ReportOptions

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: audit))
        } catch {
            Exit.fail(CiteCheckError(.input, file: audit, "cannot read the audit file"))
        }
        let decoded: Audit
        do { decoded = try JSONCoding.decodeAudit(data, file: audit) } catch let error as CiteCheckError { Exit.fail(error) }
        // Beside the audit by default: re-rendering Reports/x/report.json refreshes Reports/x/.
        let folder = URL(fileURLWithPath: audit).deletingLastPathComponent().path
        let status = reports.emit(decoded, defaultFolder: folder)
        if status != 0 { throw ExitCode(status) }
    }
}
