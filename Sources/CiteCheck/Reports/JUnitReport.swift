import Foundation

/// JUnit XML for CI test reporters (GitLab, Jenkins, GitHub actions): one testcase per reference,
/// one `<failure>` holding all its error-level findings (the JUnit schema allows one, and GitLab
/// shows only the first), warnings and info in `<system-out>`, and `<skipped>` for a reference
/// whose links could not be checked and that has no error.
public enum JUnitReport {
    public static func render(_ audit: Audit) -> String {
        var xml = ""
        write(audit) { xml += $0 }
        return xml
    }

    /// The same text handed to `sink` in pieces, a testcase at a time, so that a report of 20,000
    /// references is never held whole: the counts the header needs are taken in a first pass.
    public static func write(_ audit: Audit, to sink: (String) -> Void) {
        let overview = AuditOverview(audit)
        let suiteName = "citecheck: " + (audit.paper.title ?? audit.run.paperFile ?? "paper")
        // Jenkins reads dots in a classname as packages: the paper's name without its extensions.
        let paperName = audit.run.paperFile.map { URL(fileURLWithPath: ReportWriter.defaultFolder(for: $0)).lastPathComponent }
        let className = "citecheck." + (paperName ?? "paper")
        var failures = 0, skipped = 0
        var totalMs = 0
        for reference in audit.references {
            let testcase = Testcase(reference, overview)
            totalMs += testcase.ms
            if testcase.failed { failures += 1 }
            if testcase.skipped { skipped += 1 }
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
        sink(xml)
        for reference in audit.references {
            sink(Testcase(reference, overview).xml(className: className, linkCheck: audit.linkCheck) + "\n")
        }
        sink("  </testsuite>\n</testsuites>\n")
    }

    /// One reference's testcase: what the counts need, and its XML when it is written.
    private struct Testcase {
        let reference: Reference
        let errors: [Finding]
        let others: [Finding]
        let ms: Int
        let skipped: Bool
        var failed: Bool { !errors.isEmpty }

        init(_ reference: Reference, _ overview: AuditOverview) {
            self.reference = reference
            let findings = overview.findingsByReference[reference.id] ?? []
            let links = overview.linksByReference[reference.id] ?? []
            ms = links.compactMap(\.elapsedMs).reduce(0, +)
            errors = findings.filter { $0.severity == .error }
            others = findings.filter { $0.severity != .error }
            let unchecked = !links.isEmpty && links.allSatisfy { $0.status == .unverified }
            skipped = errors.isEmpty && unchecked
        }

        func xml(className: String, linkCheck: LinkCheckRun) -> String {
            let name = "\(reference.id) note \(AuditOverview.noteName(index: reference.note, label: reference.label)): "
                + AuditOverview.shortTitle(reference, limit: 100)
            var body: [String] = []
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
            }
            if skipped {
                body.append("      <skipped message=\"links not checked: \(XMLText.escape(linkCheck.message ?? "unverified"))\"/>")
            }
            if !others.isEmpty {
                let lines = others.map { f in
                    "\(f.severity.rawValue) \(f.kind.rawValue): \(f.message)" + (f.suggestion.map { "\n  \(FindingAdvice.fixLabel(f)): \($0)" } ?? "")
                }
                body.append("      <system-out>" + XMLText.content(lines.joined(separator: "\n")) + "</system-out>")
            }
            let open = "    <testcase classname=\"\(XMLText.escape(className))\" name=\"\(XMLText.escape(name))\" time=\"\(seconds(ms))\""
            return body.isEmpty ? open + "/>" : open + ">\n" + body.joined(separator: "\n") + "\n    </testcase>"
        }
    }

    static func seconds(_ ms: Int) -> String { String(format: "%.3f", Double(ms) / 1000) }
}
