import Foundation

/// `citecheck report --store … --run-id …`: a sharded run's papers, each merged from its shards'
/// audits in the store, and the run's index page. Nothing is written unless every shard is there.
public enum RunReport {
    public struct Paper: Sendable {
        /// The paper's identity in the store.
        public var key: String
        /// Its folder under the output folder (the file's name; numbered when two papers share one).
        public var folder: String
        public var audit: Audit
    }

    /// The run's papers in the workers' order; a one-line error naming the missing shards when
    /// some are not recorded, or when the run is unknown.
    public static func papers(of runID: String, in store: HistoryStore) throws -> [Paper] {
        let shards = try store.runShards(runID)
        guard let count = shards.count else {
            throw CiteCheckError(.input, file: store.path, "run \(runID) has no recorded shard (no worker finished it, or another --store)")
        }
        let missing = (1...count).filter { !shards.completed.contains($0) }
        if !missing.isEmpty {
            throw CiteCheckError(.input, file: store.path, "run \(runID) is not complete: shard\(missing.count == 1 ? "" : "s") "
                                 + missing.map { "\($0)/\(count)" }.joined(separator: ", ") + " not recorded yet")
        }
        var order: [String] = []
        var byPaper: [String: [Audit]] = [:]
        for part in try store.runParts(runID) {
            for entry in part.audits {
                let audit = try JSONCoding.decodeAudit(entry.audit, file: store.path)
                if byPaper[entry.paperKey] == nil { order.append(entry.paperKey) }
                byPaper[entry.paperKey, default: []].append(audit)
            }
        }
        var names = Set<String>()
        return order.enumerated().map { index, key in
            let audit = ShardMerger.merge(byPaper[key] ?? [])
            var name = URL(fileURLWithPath: ReportWriter.defaultFolder(for: audit.run.paperFile ?? key)).lastPathComponent
            if !names.insert(name).inserted { name += "-\(index + 1)" }
            return Paper(key: key, folder: name, audit: audit)
        }
    }

    /// The run's index page: every paper with its counts and a link to its HTML report.
    public static func index(runID: String, summary: BatchSummary, base: String) -> String {
        var rows = ""
        for paper in summary.papers {
            let relative = paper.report.hasPrefix(base + "/") ? String(paper.report.dropFirst(base.count + 1)) : paper.report
            rows += "<tr><td><a href=\"\(XMLText.escape(relative))\">\(XMLText.escape(paper.paper))</a></td>"
                + "<td>\(paper.links)</td><td>\(paper.errors)</td><td>\(paper.warnings)</td><td>\(paper.changes)</td></tr>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>CiteCheck run \(XMLText.escape(runID))</title></head>
            <body><h1>CiteCheck run \(XMLText.escape(runID))</h1>
            <p>\(XMLText.escape(summary.text))</p>
            <table><thead><tr><th>Paper</th><th>Links</th><th>Errors</th><th>Warnings</th><th>Changes</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></body></html>

            """
    }
}
