import ArgumentParser
import CiteCheck
import Foundation

/// `citecheck config --print`: the configuration `check` would run with, as TOML: every option
/// with the config file's value, or its default (commented out when it has none).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the configuration check runs with: citecheck.toml merged over the defaults.")

    @Flag(name: .customLong("print"), help: "Print the merged configuration as TOML.")
    var print = false

    @OptionGroup var config: ConfigOptions

    func validate() throws {
        guard print else { throw ValidationError("say what to do: citecheck config --print") }
    }

    func run() throws {
        let path = ConfigLoader.locate(explicit: config.path, disabled: config.noConfig)
        let file: ConfigFile?
        do { file = try path.map(ConfigLoader.load) } catch let error as CiteCheckError { Exit.fail(error) }
        FileHandle.standardOutput.write(Data(Self.render(file).utf8))
    }

    static func render(_ file: ConfigFile?) -> String {
        var out = "# citecheck \(RuntimeVersions.tool): " + (file.map { "settings from \($0.path), over the defaults" } ?? "no citecheck.toml found; the defaults") + "\n"
        let set = Dictionary(file?.settings.map { ($0.key, $0.value) } ?? [], uniquingKeysWith: { _, b in b })
        for key in ConfigLoader.checkKeys {
            if let value = set[key.name] {
                out += "\(key.name) = \(value.toml)  # from the config file\n"
            } else if let d = key.defaultValue {
                let value: ConfigValue = switch key.kind {
                case .integer: .integer(Int(d) ?? 0)
                case .number: .number(Double(d) ?? 0)
                default: .string(d)
                }
                out += "\(key.name) = \(value.toml)\n"
            } else {
                out += "# \(key.name) = " + (key.kind == .flag ? "false" : key.kind == .list ? "[]" : "(not set)") + "\n"
            }
        }
        for host in (file?.hosts.keys.sorted() ?? []) {
            guard let policy = file?.hosts[host] else { continue }
            out += "\n[hosts.\(ConfigValue.string(host).toml)]\n"
            if let n = policy.concurrency { out += "concurrency = \(n)\n" }
            if let n = policy.intervalMs { out += "interval = \(n)\n" }
            if let x = policy.timeout { out += "timeout = \(ConfigValue.number(x).toml)\n" }
            if !policy.headers.isEmpty { out += "headers = \(ConfigValue.list(policy.headers).toml)\n" }
            if let ua = policy.userAgent { out += "user-agent = \(ConfigValue.string(ua).toml)\n" }
        }
        return out
    }
}
