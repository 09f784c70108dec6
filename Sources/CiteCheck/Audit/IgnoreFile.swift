import Foundation

/// `.citecheckignore`, like lychee's `.lycheeignore`: one regex a line; blank lines and lines
/// starting with `#` are skipped. Found in the current folder or the nearest parent holding one.
public enum IgnoreFile {
    public static let name = ".citecheckignore"

    /// The rules of the file, each named by its file and line ("…/.citecheckignore:3").
    public static func rules(in text: String, path: String) throws -> [LinkFilter.Rule] {
        var rules: [LinkFilter.Rule] = []
        // isNewline: "\r\n" is one Character, so a split on "\n" would miss CRLF files.
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            do {
                rules.append(try LinkFilter.Rule(pattern: line, origin: "\(path):\(index + 1)"))
            } catch let error as CiteCheckError {
                throw CiteCheckError(.input, file: nil, error.problem)
            }
        }
        return rules
    }

    public static func load(_ path: String) throws -> [LinkFilter.Rule] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CiteCheckError(.input, file: path, "cannot be read as UTF-8 text")
        }
        return try rules(in: text, path: path)
    }

    /// The nearest file called `name` in `folder` or a parent of it.
    public static func nearest(_ name: String, from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(name).path
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
