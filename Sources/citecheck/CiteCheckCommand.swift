import ArgumentParser
import CiteCheck
import Foundation

@main
struct CiteCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citecheck",
        abstract: "Checks a paper's references: parses its notes, fetches every cited link, and reports what has rotted.",
        subcommands: [ParseCommand.self, CheckCommand.self, HistoryCommand.self])

    /// Like ArgumentParser's own entry point, except that usage errors exit 2 (not 64), as the
    /// CLI contract says: 0 clean, 1 findings at error level, 2 usage or input errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CiteCheckError {
            Exit.fail(error)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
