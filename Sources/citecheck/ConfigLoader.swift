import ArgumentParser
import CiteCheck
import Foundation

/// Finds and reads citecheck.toml for `check` and `config`, and turns its settings into the
/// command-line words they stand for. The keys are the long options of `check`, read from
/// swift-argument-parser's own description of the command, so an option added to `check` is a
/// config key at once.
enum ConfigLoader {
    /// One `check` option as the config file sees it.
    struct Key {
        var name: String
        var kind: ConfigValue.Kind
        var defaultValue: String?
    }

    /// The long options of `check`, in help order (help and version left out).
    static let checkKeys: [Key] = {
        guard let data = CheckCommand._dumpHelp().data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let command = root["command"] as? [String: Any],
              let arguments = command["arguments"] as? [[String: Any]] else { return [] }
        var keys: [Key] = []
        for argument in arguments {
            let kind = argument["kind"] as? String
            guard kind == "option" || kind == "flag",
                  let name = (argument["names"] as? [[String: Any]])?.first(where: { $0["kind"] as? String == "long" })?["name"] as? String,
                  !["help", "version", "config", "no-config"].contains(name) else { continue }
            let repeating = argument["isRepeating"] as? Bool ?? false
            let defaultValue = argument["defaultValue"] as? String
            let valueKind: ConfigValue.Kind
            if kind == "flag" {
                valueKind = .flag
            } else if repeating {
                valueKind = .list
            } else if let d = defaultValue, Int(d) != nil {
                valueKind = .integer
            } else if let d = defaultValue, Double(d) != nil {
                valueKind = .number
            } else {
                valueKind = .string
            }
            keys.append(Key(name: name, kind: valueKind, defaultValue: defaultValue))
        }
        return keys
    }()

    static var checkKinds: [String: ConfigValue.Kind] {
        Dictionary(checkKeys.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    /// `--config PATH`, else the nearest citecheck.toml, else none; nil with `--no-config`.
    static func locate(explicit: String?, disabled: Bool) -> String? {
        if disabled { return nil }
        if let explicit { return explicit }
        return IgnoreFile.nearest(ConfigFile.name, from: FileManager.default.currentDirectoryPath)
    }

    static func load(_ path: String) throws -> ConfigFile {
        try ConfigFile.load(path, keys: checkKinds)
    }

    /// For `check`: the config file's settings inserted after the subcommand, before the user's own
    /// words, so that a flag given on the command line wins (the last value of an option counts).
    static func expand(_ arguments: [String]) throws -> [String] {
        guard arguments.first == "check" else { return arguments }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") { return arguments }
        guard let path = locate(explicit: value(of: "--config", in: rest), disabled: rest.contains("--no-config")) else {
            return arguments
        }
        return ["check"] + (try load(path)).arguments + rest
    }

    /// The value of `--name VALUE` or `--name=VALUE`, before any `--`.
    static func value(of name: String, in arguments: [String]) -> String? {
        var found: String?
        var i = 0
        while i < arguments.count, arguments[i] != "--" {
            if arguments[i] == name, i + 1 < arguments.count { found = arguments[i + 1]; i += 1 }
            else if arguments[i].hasPrefix(name + "=") { found = String(arguments[i].dropFirst(name.count + 1)) }
            i += 1
        }
        return found
    }
}
