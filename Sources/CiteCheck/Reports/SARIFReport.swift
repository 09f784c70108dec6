import Foundation

/// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards. One result per finding, its rule
/// id the finding kind, its level from the severity, and its location the line of the note or
/// entry in the paper (docs/reports.md).
public enum SARIFReport {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func render(_ audit: Audit) throws -> String {
        let kinds = Finding.Kind.allCases.filter { kind in audit.findings.contains { $0.kind == kind } }
        let rules = kinds.map { Rule(id: $0.rawValue, name: ruleName($0), shortDescription: .init(text: "CiteCheck finding: \($0.rawValue)")) }
        let results = audit.findings.map { finding in
            Result(ruleId: finding.kind.rawValue, ruleIndex: kinds.firstIndex(of: finding.kind) ?? 0,
                   level: level(finding.severity),
                   message: .init(text: message(finding)),
                   locations: finding.source.map { [location($0)] } ?? [])
        }
        let log = Log(schema: schemaURI, version: "2.1.0", runs: [
            Run(tool: .init(driver: .init(name: "CiteCheck", version: RuntimeVersions.tool,
                                          informationUri: "https://github.com/citecheck/citecheck", rules: rules)),
                results: results),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }

    /// SARIF's levels: error, warning, note.
    static func level(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// "dead-link" → "DeadLink", the PascalCase name SARIF viewers show beside the id.
    static func ruleName(_ kind: Finding.Kind) -> String {
        kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func message(_ finding: Finding) -> String {
        var text = finding.message
        if let url = finding.url, !text.contains(url) { text += " (\(url))" }
        if let suggestion = finding.suggestion { text += " \(FindingAdvice.fixLabel(finding)): \(suggestion)" }
        return text
    }

    static func location(_ source: PaperLocation) -> Location {
        // A relative path stays relative, so code scanning maps it onto the repository's file.
        let uri = source.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? source.file
        let region = source.line.map { Region(startLine: $0, startColumn: source.column) }
        return Location(physicalLocation: .init(artifactLocation: .init(uri: uri), region: region))
    }

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var informationUri: String; var rules: [Rule] }
    struct Rule: Encodable { var id: String; var name: String; var shortDescription: Text }
    struct Text: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: ArtifactLocation; var region: Region? }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int? }
}
