import ArgumentParser
import CiteCheck

@main
struct CiteCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citecheck",
        abstract: "Checks a paper's references: parses its notes, fetches every cited link, and reports what has rotted.",
        subcommands: [ParseCommand.self])
}
