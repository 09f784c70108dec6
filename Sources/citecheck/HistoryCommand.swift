import ArgumentParser
import CiteCheck
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Print the timeline of a link, or of every link of a paper, from the history store.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A paper (its links' timelines) or a URL (its timeline across papers).")
    var target: String

    @Option(help: "The history store.")
    var store: String = HistoryStore.defaultPath

    @Option(help: "The folder paper paths are relative to in the store (as for `check --root`).")
    var root: String?

    @Option(help: "text: one line per check; json: the checks as an array.")
    var format: OutputFormat = .text

    @Option(name: .customLong("confirm-runs"), help: "Failing checks needed to confirm a link dead (for the wording).")
    var confirmRuns = 3

    @Option(name: .customLong("store-timeout"), help: "Seconds to wait for an audit holding the history store's lock before giving up.")
    var storeTimeout = Limits.storeTimeoutDefault

    func validate() throws {
        let problems = [Limits.confirmRuns.problem(confirmRuns), Limits.storeTimeout.problem(storeTimeout)]
        if let problem = problems.compactMap({ $0 }).first { throw ValidationError(problem) }
    }

    func run() throws {
        guard HistoryStore.isServer(store) || FileManager.default.fileExists(atPath: store) else {
            Exit.fail(CiteCheckError(.input, file: store, "no history store here yet (run `citecheck check` first, or pass --store)"))
        }
        var entries: [TimelineEntry]
        do {
            let history = try HistoryStore(path: store, lockTimeout: storeTimeout)
            if target.contains("://") {
                entries = try history.timeline(url: target)
            } else {
                // Named as `check` names it: by its DOI, else by its path under the root.
                let doi = (try? PaperParser().parse(path: target))?.paper.doi
                entries = try history.timeline(paper: PaperKey.identity(path: target, doi: doi, root: root))
                if entries.isEmpty {
                    // A store from before v3 whose paper was not checked since: its old name.
                    entries = try history.timeline(paper: PaperKey.of(target))
                }
            }
        } catch let error as CiteCheckError {
            Exit.fail(error)
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(try JSONCoding.encode(entries) + Data("\n".utf8))
        case .text:
            FileHandle.standardOutput.write(Data(TimelineReport.render(entries, rule: ConfirmationRule(runs: confirmRuns)).utf8))
        }
    }
}
