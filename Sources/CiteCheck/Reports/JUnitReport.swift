import Foundation

/// JUnit XML for CI test reporters (GitLab, Jenkins, GitHub actions): one testcase per reference,
/// one `<failure>` holding all its error-level findings (the JUnit schema allows one, and GitLab
/// shows only the first), warnings and info in `<system-out>`, and `<skipped>` for a reference
/// whose links could not be checked and that has no error.
public enum JUnitReport {
    public static func render(_ audit: Audit) -> String {
        let overview = AuditOverview(audit)
        let suiteName = "citecheck: " + (audit.paper.title ?? audit.run.paperFile ?? "paper")
        // Jenkins reads dots in a classname as packages: the paper's name without its extensions.
        let paperName = audit.run.paperFile.map { URL(fileURLWithPath: ReportWriter.defaultFolder(for: $0)).lastPathComponent }
        let className = "citecheck." + (paperName ?? "paper")
        var cases: [String] = []
        var failures = 0, skipped = 0
        var totalMs = 0
        for reference in audit.references {
            let findings = overview.findingsByReference[reference.id] ?? []
            let links = overview.linksByReference[reference.id] ?? []
            let ms = links.compactMap(\.elapsedMs).reduce(0, +)
            totalMs += ms
            let name = "\(reference.id) note \(AuditOverview.noteName(index: reference.note, label: reference.label)): "
                + AuditOverview.shortTitle(reference, limit: 100)
            var body: [String] = []
            let errors = findings.filter { $0.severity == .error }
            if !errors.isEmpty {
                let texts = errors.map { finding -> String in
                    var text = finding.message
                    if let suggestion = finding.suggestion { text += "\n\(FindingAdvice.fixLabel(finding)): \(suggestion)" }
                    else { text += "\nWhat to do: \(FindingAdvice.action(finding))" }
                    return text
                }
                let kinds = errors.map(\.kind.rawValue).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let message = errors.count == 1
                    ? errors[0].message
                    : "\(errors.count) problems: " + errors.map(\.message).joined(separator: "; ")
                let text = texts.joined(separator: "\n\n") + "\nCitation: \(reference.raw)"
                body.append("      <failure type=\"\(XMLText.escape(kinds.joined(separator: " ")))\" message=\"\(XMLText.escape(message))\">"
                            + XMLText.content(text) + "</failure>")
                failures += 1
            }
            let unchecked = !links.isEmpty && links.allSatisfy { $0.status == .unverified }
            if errors.isEmpty && unchecked {
                body.append("      <skipped message=\"links not checked: \(XMLText.escape(audit.linkCheck.message ?? "unverified"))\"/>")
                skipped += 1
            }
            let others = findings.filter { $0.severity != .error }
            if !others.isEmpty {
                let lines = others.map { f in
                    "\(f.severity.rawValue) \(f.kind.rawValue): \(f.message)" + (f.suggestion.map { "\n  \(FindingAdvice.fixLabel(f)): \($0)" } ?? "")
                }
                body.append("      <system-out>" + XMLText.content(lines.joined(separator: "\n")) + "</system-out>")
            }
            let open = "    <testcase classname=\"\(XMLText.escape(className))\" name=\"\(XMLText.escape(name))\" time=\"\(seconds(ms))\""
            cases.append(body.isEmpty ? open + "/>" : open + ">\n" + body.joined(separator: "\n") + "\n    </testcase>")
        }
        let count = audit.references.count
        let counts = "tests=\"\(count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(seconds(audit.run.elapsedMs ?? totalMs))\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"citecheck\" \(counts)>\n"
        xml += "  <testsuite name=\"\(XMLText.escape(suiteName))\" \(counts)"
        if let started = audit.run.startedAt { xml += " timestamp=\"\(XMLText.escape(started))\"" }
        xml += ">\n"
        var properties: [(String, String)] = [("linkCheck", audit.linkCheck.state.rawValue)]
        if let doi = audit.paper.doi { properties.append(("paper.doi", doi)) }
        if let file = audit.run.paperFile { properties.append(("paper.file", file)) }
        xml += "    <properties>\n"
        for (name, value) in properties {
            xml += "      <property name=\"\(XMLText.escape(name))\" value=\"\(XMLText.escape(value))\"/>\n"
        }
        xml += "    </properties>\n"
        xml += cases.map { $0 + "\n" }.joined()
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func seconds(_ ms: Int) -> String { String(format: "%.3f", Double(ms) / 1000) }
}
