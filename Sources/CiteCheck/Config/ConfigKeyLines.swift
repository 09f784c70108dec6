import Foundation

/// Where each key of a TOML file is set, for errors that name the line: TOMLKit gives a line for
/// syntax errors only, not for the keys of a parsed table. A line scanner over the headers
/// (`[hosts."www.un.org"]`) and `key =` lines is enough for the file's flat layout.
enum ConfigKeyLines {
    /// "timeout" → 3, "hosts.www.un.org.interval" → 9 (the first line setting it).
    static func index(_ text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var table: [String] = []
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = keyPath(inner)
                let path = table.joined(separator: ".")
                if lines[path] == nil { lines[path] = number + 1 }
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let path = (table + keyPath(line[..<equals])).joined(separator: ".")
                if lines[path] == nil { lines[path] = number + 1 }
            }
        }
        return lines
    }

    /// `hosts."www.un.org"` → ["hosts", "www.un.org"]: dots inside quotes do not split.
    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }
}
