import ArgumentParser
import CiteCheck
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render a saved JSON audit in other formats, or write a sharded run's reports from the store, without touching the network.",
        discussion: "Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for usage or input errors (and for a run whose shards are not all recorded).")

    @Argument(help: "A JSON audit written by `citecheck check --format json` (not with --run-id).")
    var audit: String?

    @Option(help: "The history store the run's workers recorded into (with --run-id).")
    var store: String?

    @Option(name: .customLong("run-id"), help: "The run whose reports to write: every paper's, merged from all its shards, and an index page.")
    var runID: String?

    @OptionGroup var reports: ReportOptions

    func validate() throws {
        if runID != nil {
            guard audit == nil else { throw ValidationError("give an audit file or --run-id, not both") }
            guard reports.output == nil else { throw ValidationError("--run-id writes one folder per paper: use --output-dir") }
        } else {
            guard audit != nil else { throw ValidationError("give a JSON audit, or --store and --run-id") }
            guard store == nil else { throw ValidationError("--store goes with --run-id") }
        }
    }

    func run() throws {
        if let runID { return try runReport(runID) }
        guard let audit else { return }
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

    /// Every paper of the run, merged from its shards' audits, into <output-dir or Reports>/<name>/,
    /// and index.html + summary.json for the run.
    private func runReport(_ runID: String) throws {
        let path = store ?? HistoryStore.defaultPath
        let papers: [RunReport.Paper]
        do {
            guard HistoryStore.isServer(path) || FileManager.default.fileExists(atPath: path) else {
                throw CiteCheckError(.input, file: path, "no history store here (give the workers' --store)")
            }
            papers = try RunReport.papers(of: runID, in: try HistoryStore(path: path))
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        var written: [(path: String, report: String, audit: Audit)] = []
        for paper in papers {
            FileHandle.standardOutput.write(Data("== \(paper.key)\n".utf8))
            let files = reports.write(paper.audit, defaultFolder: reports.batchRoot, subfolder: paper.folder)
            written.append((paper.key, files.first ?? "-", paper.audit))
        }
        let links = Set(papers.flatMap { $0.audit.links.map(\.url) }).count
        let summary = BatchSummary(audits: written, distinctLinks: links, fetched: links, reused: 0)
        let folder = reports.batchRoot
        do {
            try AtomicFile.write(String(decoding: try JSONCoding.encode(summary), as: UTF8.self) + "\n", to: "\(folder)/summary.json")
            try AtomicFile.write(RunReport.index(runID: runID, summary: summary, base: folder), to: "\(folder)/index.html")
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        FileHandle.standardOutput.write(Data(("== run \(runID)\n" + summary.text + "index: \(folder)/index.html\n").utf8))
        let status = reports.exitStatus(papers.map(\.audit))
        if status != 0 { throw ExitCode(status) }
    }
}
