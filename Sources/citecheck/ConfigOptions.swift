import ArgumentParser
import CiteCheck
import Foundation

/// `--config` and `--no-config`. The file's settings reach `check` as command-line words placed
/// before the user's own (`ConfigLoader.expand`), so flags win; its `[hosts."…"]` tables are read
/// here for the fetch engine.
struct ConfigOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp("Read settings from this citecheck.toml (default: citecheck.toml in the current folder or the nearest parent).", valueName: "file"))
    var path: String?

    @Flag(name: .customLong("no-config"), help: "Do not read citecheck.toml.")
    var noConfig = false

    /// The per-host politeness of the config file in use (empty without one). The file was checked
    /// before parsing, so a failure here is not expected; it is still reported, not ignored.
    var hosts: [String: HostPolicy] {
        guard let file = ConfigLoader.locate(explicit: path, disabled: noConfig) else { return [:] }
        do { return try ConfigLoader.load(file).hosts } catch let error as CiteCheckError { Exit.fail(error) } catch { return [:] }
    }
}
