import Foundation
internal import TOMLKit

/// citecheck.toml: the `check` options as top-level keys named like their long flags
/// (`timeout = 10`, `exclude = ["linkedin\\.com"]`), and per-host politeness in
/// `[hosts."www.un.org"]` tables. Found in the current folder or the nearest parent holding one,
/// or named by `--config`. Command-line flags win (docs/config.md).
public struct ConfigFile: Sendable {
    public static let name = "citecheck.toml"

    public var path: String
    /// The settings in file order, checked against the keys `check` takes.
    public var settings: [(key: String, value: ConfigValue)]
    /// Per-host politeness, keyed by lower-cased host name.
    public var hosts: [String: HostPolicy]

    /// The keys a `[hosts."…"]` table takes.
    public static let hostKeys: [String: ConfigValue.Kind] = [
        "concurrency": .integer, "interval": .integer, "timeout": .number, "headers": .list, "user-agent": .string,
    ]

    /// Reads and checks the file: a syntax error, an unknown key or a wrong type is an input error
    /// naming the file, the line and the key. `keys`: the options `check` takes, by long name.
    public static func load(_ path: String, keys: [String: ConfigValue.Kind]) throws -> ConfigFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CiteCheckError(.input, file: path, "cannot be read")
        }
        guard data.count <= 1 << 20, let text = String(data: data, encoding: .utf8) else {
            throw CiteCheckError(.input, file: path, "is not a UTF-8 text file of at most 1 MB")
        }
        return try parse(text, path: path, keys: keys)
    }

    public static func parse(_ text: String, path: String, keys: [String: ConfigValue.Kind]) throws -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CiteCheckError(.input, file: "\(path):\(error.source.begin.line)", "not valid TOML: \(error.description)")
        }
        let lines = ConfigKeyLines.index(text)
        func fail(_ keyPath: String, _ problem: String) -> CiteCheckError {
            CiteCheckError(.input, file: lines[keyPath].map { "\(path):\($0)" } ?? path, "\(keyPath): \(problem)")
        }
        var settings: [(String, ConfigValue)] = []
        var hosts: [String: HostPolicy] = [:]
        // File order, so `config --print` and the injected arguments read as the file does.
        for key in table.keys.sorted(by: { (lines[$0] ?? 0, $0) < (lines[$1] ?? 0, $1) }) {
            guard let value = table[key] else { continue }
            if key == "hosts" {
                guard let hostTables = value.table else { throw fail(key, "must be a table of hosts, like [hosts.\"www.un.org\"]") }
                for host in hostTables.keys {
                    let keyPath = "hosts.\(host)"
                    guard let entry = hostTables[host]?.table else { throw fail(keyPath, "must be a table") }
                    hosts[host.lowercased()] = try hostPolicy(entry, keyPath: keyPath, fail: fail)
                }
                continue
            }
            guard let kind = keys[key] else {
                throw fail(key, "unknown key (known: the long options of `citecheck check`, and [hosts.\"…\"] tables)")
            }
            settings.append((key, try convert(value, to: kind, keyPath: key, fail: fail)))
        }
        return ConfigFile(path: path, settings: settings, hosts: hosts)
    }

    static func hostPolicy(_ table: TOMLTable, keyPath: String, fail: (String, String) -> CiteCheckError) throws -> HostPolicy {
        var policy = HostPolicy()
        for key in table.keys {
            let path = "\(keyPath).\(key)"
            guard let kind = hostKeys[key], let value = table[key] else {
                throw fail(path, "unknown key (known: " + hostKeys.keys.sorted().joined(separator: ", ") + ")")
            }
            // headers: an array of "Name: value", or a table of name = value.
            if key == "headers", let headerTable = value.table {
                for name in headerTable.keys {
                    guard let v = headerTable[name]?.string else { throw fail("\(path).\(name)", "must be a string") }
                    policy.headers.append("\(name): \(v)")
                }
                continue
            }
            switch (key, try convert(value, to: kind, keyPath: path, fail: fail)) {
            // The flags' own ranges: a huge count or an infinite timeout would trap converting to C types.
            case ("concurrency", .integer(let n)):
                if let problem = Limits.hostConcurrency.complaint(n) { throw fail(path, problem) }
                policy.concurrency = n
            case ("interval", .integer(let n)):
                if let problem = Limits.hostInterval.complaint(n) { throw fail(path, problem) }
                policy.intervalMs = n
            case ("timeout", .number(let x)):
                if let problem = Limits.timeout.complaint(x) { throw fail(path, problem) }
                policy.timeout = x
            case ("headers", .list(let items)):
                for item in items where !item.contains(":") { throw fail(path, "\"\(item)\" is not NAME: VALUE") }
                policy.headers += items
            case ("user-agent", .string(let s)):
                policy.userAgent = s
            default:
                break
            }
        }
        return policy
    }

    static func convert(_ value: TOMLValueConvertible, to kind: ConfigValue.Kind, keyPath: String,
                        fail: (String, String) -> CiteCheckError) throws -> ConfigValue {
        let wrong = fail(keyPath, "must be \(kind.name), not \(typeName(value))")
        switch kind {
        case .string:
            if let s = value.string { return .string(s) }
            if value.type == .int, let n = value.int { return .string(String(n)) }
        case .integer:
            if value.type == .int, let n = value.int { return .integer(n) }
        case .number:
            if value.type == .double, let x = value.double { return .number(x) }
            if value.type == .int, let n = value.int { return .number(Double(n)) }
        case .flag:
            if value.type == .bool, let b = value.bool { return .flag(b) }
        case .list:
            if let s = value.string { return .list([s]) }
            if let array = value.array {
                var items: [String] = []
                for element in array {
                    guard let s = element.string else { throw wrong }
                    items.append(s)
                }
                return .list(items)
            }
        }
        throw wrong
    }

    static func typeName(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "a string"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "a boolean"
        case .array: "an array"
        case .table: "a table"
        default: "a date or time"
        }
    }

    /// The command-line words of the file's settings; the user's own come after them and win.
    public var arguments: [String] { settings.flatMap { $0.value.arguments(for: $0.key) } }
}
