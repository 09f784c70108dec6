import Foundation

/// Joins the audits that the N workers of a run made of one paper (each saw only its shard's links
/// and DOIs) into the audit one process would have made: links in order of first citation, each
/// from the shard that fetched it; findings, DOIs and changes of every shard, each once; a
/// reference's work from the shard that looked it up; the run's state the worst of the shards'.
public enum ShardMerger {
    /// `parts`: the paper's audit from each shard, in shard order (not empty).
    public static func merge(_ parts: [Audit]) -> Audit {
        guard var merged = parts.first else { preconditionFailure("merge needs at least one audit") }
        guard parts.count > 1 else { return merged }
        var byURL: [String: LinkReport] = [:]
        for part in parts { for link in part.links where byURL[link.url] == nil { byURL[link.url] = link } }
        var order: [String] = []
        var seen = Set<String>()
        for url in merged.references.flatMap(\.urls) where seen.insert(url).inserted { order.append(url) }
        merged.links = order.compactMap { byURL[$0] }
        merged.findings = unique(parts.flatMap(\.findings))
        merged.changes = unique(parts.flatMap(\.changes))
        var dois: [String: DOIRecord] = [:]
        for part in parts { for record in part.dois where dois[record.doi] == nil { dois[record.doi] = record } }
        merged.dois = unique(parts.flatMap { $0.dois.map(\.doi) }).compactMap { dois[$0] }
        for i in merged.references.indices where merged.references[i].work == nil {
            merged.references[i].work = parts.lazy.compactMap { $0.references.indices.contains(i) ? $0.references[i].work : nil }.first
        }
        merged.linkCheck = parts.map(\.linkCheck).first { $0.state != .complete } ?? merged.linkCheck
        merged.run.elapsedMs = parts.compactMap(\.run.elapsedMs).max()
        return merged
    }

    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}
