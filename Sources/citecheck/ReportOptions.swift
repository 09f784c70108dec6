import ArgumentParser
import CiteCheck
import Foundation

/// The report options `check` and `report` share, and the one place that writes reports and
/// decides the exit status (0 clean, 1 findings at or above --fail-on, 2 usage or input error).
struct ReportOptions: ParsableArguments {
    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning }

    @Option(help: ArgumentHelp("Comma list of report formats: html, json, junit, markdown, text, sarif, github (default: html,json; json with --output). github alone prints workflow commands to standard output.", valueName: "list"))
    var format: String?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write the reports into this folder (default: Reports/<paper-name>/ for check, the audit file's folder for report).", valueName: "dir"))
    var outputDir: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write a single format to this file (\"-\" for standard output).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at this level or above.", valueName: "level"))
    var failOn: FailLevel = .error

    func validate() throws {
        let formats: [ReportFormat]
        do { formats = try formatList() } catch let error as CiteCheckError { throw ValidationError(error.problem) }
        if output != nil {
            guard formats.count == 1 else { throw ValidationError("--output takes one format; use --output-dir for several") }
            guard outputDir == nil else { throw ValidationError("--output and --output-dir cannot be used together") }
        }
    }

    func formatList() throws -> [ReportFormat] {
        try ReportFormat.list(format ?? (output != nil ? "json" : "html,json"))
    }

    /// With several papers, the folder that holds one subfolder per paper: --output-dir, or --output
    /// naming a folder (as `check` took it before --output-dir existed), or Reports.
    var batchRoot: String { outputDir ?? (output == "-" ? nil : output) ?? "Reports" }

    var failLevel: Finding.Severity { failOn == .warning ? .warning : .error }

    /// Writes the reports and the terminal summary of one audit; returns the exit status.
    func emit(_ audit: Audit, defaultFolder: String) -> Int32 {
        write(audit, defaultFolder: defaultFolder)
        return exitStatus([audit])
    }

    /// 1 when any audit has a finding at or above --fail-on, else 0.
    func exitStatus(_ audits: [Audit]) -> Int32 {
        audits.contains { $0.hasFindings(atLeast: failLevel) } ? 1 : 0
    }

    /// Writes the reports of one audit and prints its terminal summary; returns the paths written.
    /// `subfolder` is for several papers in one run: each gets <output-dir or Reports>/<subfolder>/.
    @discardableResult
    func write(_ audit: Audit, defaultFolder: String, subfolder: String? = nil) -> [String] {
        do { return try writeOrThrow(audit, defaultFolder: defaultFolder, subfolder: subfolder) } catch { Exit.fail(error) }
    }

    /// The same, throwing when a report cannot be written, so that `check` can take the audit back
    /// from the history store first.
    func writeOrThrow(_ audit: Audit, defaultFolder: String, subfolder: String? = nil) throws(CiteCheckError) -> [String] {
        let formats: [ReportFormat]
        do { formats = try formatList() } catch let error as CiteCheckError { Exit.fail(error) } catch { Exit.fail(.init(.usage, file: nil, "\(error)")) }
        var written: [String] = []
        var summaryToStderr = false
        var folder = outputDir ?? defaultFolder
        if let subfolder { folder = batchRoot + "/" + subfolder }
        // Workflow commands only work on standard output, where the runner reads them.
        let output = self.output ?? (formats == [.github] && outputDir == nil && subfolder == nil ? "-" : nil)
        do {
            if let output, subfolder == nil {
                let format = formats[0]
                if output == "-" {
                    for part in try format.bytes(audit) { FileHandle.standardOutput.write(part) }
                    summaryToStderr = true
                } else {
                    try AtomicFile.write(try format.bytes(audit), to: output)
                    written = [output]
                }
            } else {
                written = try ReportWriter.write(audit, formats: formats, to: folder)
            }
        } catch let error as CiteCheckError {
            throw error
        } catch {
            throw CiteCheckError(.output, file: output ?? folder, "\(error)")
        }
        let isTTY = isatty(summaryToStderr ? STDERR_FILENO : STDOUT_FILENO) == 1
        let style = TerminalStyle.detect(isTTY: isTTY, environment: ProcessInfo.processInfo.environment)
        let summary = TextReport.render(audit, style: style, reportPaths: written)
        (summaryToStderr ? FileHandle.standardError : FileHandle.standardOutput).write(Data(summary.utf8))
        return written
    }
}
