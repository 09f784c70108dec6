/// Gives every finding the place in the paper it is about: its reference's source, or for a link
/// finding without one, the first citing reference's. Runs once all stages have added findings.
public enum FindingLocator {
    public static func locate(_ audit: inout Audit) {
        let byID = Dictionary(audit.references.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
        let firstCiting = Dictionary(audit.links.compactMap { link in link.references.first.map { (link.url, $0) } },
                                     uniquingKeysWith: { a, _ in a })
        for i in audit.findings.indices where audit.findings[i].source == nil {
            let finding = audit.findings[i]
            let id = finding.reference ?? finding.url.flatMap { firstCiting[$0] }
            audit.findings[i].source = id.flatMap { byID[$0] ?? nil }
        }
    }
}
