/// `--format github`: GitHub Actions workflow commands, one a finding
/// (`::error file=paper.md,line=12,col=1,title=dead-link::message`), which GitHub shows on the
/// pull request's lines. Info findings become notices.
public enum GitHubAnnotations {
    public static func render(_ audit: Audit) -> String {
        var out = ""
        for finding in audit.findings {
            var properties: [String] = []
            if let source = finding.source {
                properties.append("file=" + escapeProperty(source.file))
                if let line = source.line { properties.append("line=\(line)") }
                if let column = source.column { properties.append("col=\(column)") }
            }
            properties.append("title=" + escapeProperty(finding.kind.rawValue))
            out += "::\(command(finding.severity)) \(properties.joined(separator: ","))::\(escapeData(SARIFReport.message(finding)))\n"
        }
        return out
    }

    static func command(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The runner's escaping (actions/toolkit's command.ts): %, CR and LF in the message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also escape ":" and ",", which separate them.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
