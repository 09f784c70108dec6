import ArgumentParser
import CiteCheck
import Foundation

@main
struct CiteCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citecheck",
        abstract: "Checks a paper's references: parses its notes, fetches every cited link, and reports what has rotted.",
        // The libraries as loaded at run time, for bug reports.
        version: RuntimeVersions.current.line,
        subcommands: [ParseCommand.self, CheckCommand.self, ReportCommand.self, HistoryCommand.self, ConfigCommand.self])

    /// Usage errors exit 2, like input errors, rather than ArgumentParser's 64: CI scripts tell
    /// "the audit found problems" (1) from "the audit could not run" (2).
    static func main() {
        do {
            // citecheck.toml's settings go before the user's words, so flags win.
            var command = try parseAsRoot(try ConfigLoader.expand(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as CiteCheckError {
            Exit.fail(error)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
