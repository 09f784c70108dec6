import ArgumentParser
import CiteCheck
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a paper's notes into structured references (no network).")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The paper: plain text, Markdown, Word .docx, JATS XML, HTML, BibTeX, CSL-JSON, RIS or PDF.")
    var paper: String

    @Option(name: .customLong("input-format"),
            help: "Read the paper as this format instead of detecting it from the content.")
    var inputFormat: DocumentFormat?

    @Option(help: "text: a readable table; json: the JSON contract (docs/json.md).")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?

    @OptionGroup(title: "Input limits")
    var input: InputLimitOptions

    func run() throws {
        let parsed: ParsedPaper
        do {
            parsed = try SourceDocumentParser(reader: DocumentReader(limits: input.limits)).parse(path: paper, format: inputFormat)
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        switch format {
        case .json:
            // Streamed to the file (or standard output) as it is encoded: the report of a paper near
            // the input limit is six times its size, and holding it (and a String copy) tripled the peak.
            let report = ParseReport(parsed)
            if let output {
                do { try AtomicFile.write(to: output) { file in try report.writeJSON { file.write($0) } } }
                catch let error as CiteCheckError { Exit.fail(error) }
            } else {
                try report.writeJSON { FileHandle.standardOutput.write(Data($0)) }
            }
        case .text:
            let rendered = ReferenceTable.render(parsed)
            if let output {
                do { try AtomicFile.write(rendered, to: output) } catch let error as CiteCheckError { Exit.fail(error) }
            } else {
                FileHandle.standardOutput.write(Data(rendered.utf8))
            }
        }
    }
}
