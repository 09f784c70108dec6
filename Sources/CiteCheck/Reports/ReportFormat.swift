import Foundation

/// The writers of one audit (`--format html,json,junit,markdown,text,sarif,github`), and the file
/// each writes in the output folder.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case html, json, junit, markdown, text, sarif, github

    public var fileName: String {
        switch self {
        case .html: "report.html"
        case .json: "report.json"
        case .junit: "report.junit.xml"
        case .markdown: "report.md"
        case .text: "report.txt"
        case .sarif: "report.sarif"
        case .github: "report.github.txt"
        }
    }

    /// Parses a comma list such as "html,json"; order kept, repeats dropped. `md` and `xml`
    /// are accepted as the names people type.
    public static func list(_ text: String) throws -> [ReportFormat] {
        var formats: [ReportFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            let aliases = ["md": ReportFormat.markdown, "xml": .junit, "txt": .text, "terminal": .text]
            guard let format = ReportFormat(rawValue: name) ?? aliases[name] else {
                let known = allCases.map(\.rawValue).joined(separator: ", ")
                throw CiteCheckError(.usage, file: nil, "--format: unknown format \"\(name)\" (known: \(known))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw CiteCheckError(.usage, file: nil, "--format: name at least one format") }
        return formats
    }

    /// The report as the bytes to write, in parts: the JSON straight from its encoder and its final
    /// newline, without a String copy of a report that reaches 16 MB at 20,000 links.
    public func bytes(_ audit: Audit) throws -> [Data] {
        switch self {
        case .json: [try JSONCoding.encode(audit), Data([0x0A])]
        default: [Data(try render(audit).utf8)]
        }
    }

    /// The report handed to `sink` as it is made: the JSON in pieces straight from its encoder, an
    /// element of its big lists at a time, so a report that reaches 19 MB at 20,000 links is never
    /// held whole; JUnit a testcase and Markdown a row at a time, in pieces of at least 64 KB; the
    /// others as their text.
    public func write(_ audit: Audit, to sink: (UnsafeRawBufferPointer) -> Void) throws {
        switch self {
        case .json:
            try JSONCoding.encode(audit, to: sink)
            withUnsafeBytes(of: UInt8(0x0A)) { sink($0) }
        case .junit:
            Self.chunked(to: sink) { JUnitReport.write(audit, to: $0) }
        case .markdown:
            Self.chunked(to: sink) { MarkdownReport.write(audit, to: $0) }
        default:
            var text = try render(audit)
            text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The text `produce` hands over, passed on to `sink` whenever 64 KB of it wait, and at the end.
    static func chunked(to sink: (UnsafeRawBufferPointer) -> Void, _ produce: ((String) -> Void) -> Void) {
        var pending = ""
        withoutActuallyEscaping(sink) { sink in
            produce { text in
                pending += text
                guard pending.utf8.count >= 1 << 16 else { return }
                pending.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { pending.withUTF8 { sink(UnsafeRawBufferPointer($0)) } }
    }

    /// The rendered report, without terminal colour.
    public func render(_ audit: Audit) throws -> String {
        switch self {
        case .html: try HTMLReport.render(audit)
        case .json: String(decoding: try JSONCoding.encode(audit), as: UTF8.self) + "\n"
        case .junit: JUnitReport.render(audit)
        case .markdown: MarkdownReport.render(audit)
        case .text: TextReport.render(audit, style: .plain)
        case .sarif: try SARIFReport.render(audit)
        case .github: GitHubAnnotations.render(audit)
        }
    }
}
