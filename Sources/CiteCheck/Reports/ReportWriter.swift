import Foundation

/// Writes the chosen reports of one audit into a folder, each file atomically, so a CI job or an
/// editor's browser never reads half a report.
public enum ReportWriter {
    /// Returns the paths written, in the order of `formats`.
    @discardableResult
    public static func write(_ audit: Audit, formats: [ReportFormat], to folder: String) throws -> [String] {
        var written: [String] = []
        for format in formats {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(format.fileName).path
            let parts: [Data]
            do {
                parts = try format.bytes(audit)
            } catch let error as CiteCheckError {
                throw error
            } catch {
                throw CiteCheckError(.output, file: path, "cannot render the \(format.rawValue) report: \(error)")
            }
            try AtomicFile.write(parts, to: path)
            written.append(path)
        }
        return written
    }

    /// Reports/<paper-name>/, the paper's name without its extensions (x.zh.txt → x).
    public static func defaultFolder(for paper: String) -> String {
        if ArticleAddress.isWebAddress(paper) { return "Reports/\(webName(paper))" }
        var name = URL(fileURLWithPath: paper).lastPathComponent
        for _ in 0..<2 {
            if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        }
        return "Reports/\(name)"
    }

    /// An article checked by address: its host and path, "/" as "-" (https://doi.org/10.1234/abc →
    /// doi.org-10.1234-abc), at most 120 characters of letters, digits, ".", "-" and "_".
    static func webName(_ url: String) -> String {
        let rest = url.drop(while: { $0 != ":" }).dropFirst(3)
        let address = rest.prefix(while: { $0 != "?" && $0 != "#" })
        var name = ""
        for c in address {
            let keep = c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-")
            if keep { name.append(c) } else if !name.hasSuffix("-") { name.append("-") }
        }
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        return name.isEmpty ? "article" : String(name.prefix(120))
    }
}
