import Foundation

/// A setting of citecheck.toml, as the command line would take it.
public enum ConfigValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case list([String])

    /// The kinds a key of the config file accepts, one per kind of command-line option.
    public enum Kind: Sendable, Hashable {
        /// A text option; TOML integers are taken too ("max-body = 4194304").
        case string
        case integer
        /// A number of seconds and the like; integers are taken too.
        case number
        /// A flag: true passes it, false leaves it off.
        case flag
        /// A repeatable option: an array of strings, or one string.
        case list

        var name: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .number: "a number"
            case .flag: "true or false"
            case .list: "an array of strings"
            }
        }
    }

    /// The words this setting adds to the command line, before the user's own.
    public func arguments(for key: String) -> [String] {
        switch self {
        case .string(let s): ["--\(key)", s]
        case .integer(let n): ["--\(key)", String(n)]
        case .number(let x): ["--\(key)", x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)]
        case .flag(let on): on ? ["--\(key)"] : []
        case .list(let items): items.flatMap { ["--\(key)", $0] }
        }
    }

    /// How `citecheck config --print` shows it, in TOML.
    public var toml: String {
        switch self {
        case .string(let s): Self.quoted(s)
        case .integer(let n): String(n)
        case .number(let x): String(x)
        case .flag(let on): on ? "true" : "false"
        case .list(let items): "[" + items.map(Self.quoted).joined(separator: ", ") + "]"
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += String(format: "\\u%04X", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
