import ArgumentParser
import CiteCheck
import Foundation

/// Which links `check` fetches and which statuses count as working, as lychee spells them:
/// `--exclude`, `--include`, `--exclude-path`, `.citecheckignore` and `--accept`.
struct LinkSelectionOptions: ParsableArguments {
    @Option(name: .customLong("exclude"), help: ArgumentHelp("Do not check links matching this regular expression; they are reported skipped (repeatable).", valueName: "regex"))
    var excludes: [String] = []

    @Option(name: .customLong("include"), help: ArgumentHelp("Check links matching this regular expression even when an exclude matches; with no exclude, check only these (repeatable).", valueName: "regex"))
    var includes: [String] = []

    @Option(name: .customLong("exclude-path"), help: ArgumentHelp("Skip papers whose path matches this glob when checking folders (repeatable).", valueName: "glob"))
    var excludePaths: [String] = []

    @Option(help: ArgumentHelp("HTTP statuses that count as a working link, e.g. 200..=299,403.", valueName: "statuses"))
    var accept: String?

    @Flag(name: .customLong("no-ignore-file"), help: "Do not read .citecheckignore.")
    var noIgnoreFile = false

    func validate() throws {
        do { _ = try filter(ignoreFile: nil) } catch let error as CiteCheckError { throw ValidationError(error.problem) }
        if let accept {
            do { _ = try AcceptedStatuses(parsing: accept) } catch let error as CiteCheckError { throw ValidationError(error.problem) }
        }
    }

    /// The excludes and includes from the command line, then those of the ignore file.
    func filter(ignoreFile: String?) throws -> LinkFilter {
        var excludeRules = try excludes.map { try LinkFilter.Rule(pattern: $0, origin: "--exclude") }
        if let ignoreFile { excludeRules += try IgnoreFile.load(ignoreFile) }
        return LinkFilter(excludes: excludeRules, includes: try includes.map { try LinkFilter.Rule(pattern: $0, origin: "--include") })
    }

    /// The .citecheckignore of the current folder or its nearest parent, unless --no-ignore-file.
    var ignoreFile: String? {
        noIgnoreFile ? nil : IgnoreFile.nearest(IgnoreFile.name, from: FileManager.default.currentDirectoryPath)
    }

    var acceptedStatuses: AcceptedStatuses? { accept.flatMap { try? AcceptedStatuses(parsing: $0) } }

    /// The papers found, without those an --exclude-path glob matches.
    func keeping(_ paths: [String]) -> [String] {
        guard !excludePaths.isEmpty else { return paths }
        return paths.filter { path in !excludePaths.contains { PathGlob.matches($0, path) } }
    }
}
