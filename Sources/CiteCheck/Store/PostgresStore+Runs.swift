import Foundation
import PostgresNIO

/// Runs of sharded workers in PostgreSQL: a shard's audits and its completion in one transaction,
/// under the run's advisory lock, so two workers of one run never see each other half-written.
extension PostgresStore {
    func recordRun(_ runID: String, _ part: HistoryStore.RunPart, at time: Date) throws {
        try transaction {
            try lockKey("citecheck:run:" + runID)
            try checkSplitInTransaction(runID, part.shard)
            try run("DELETE FROM runAudit WHERE runId = \(runID) AND shard = \(part.shard.index)")
            for (position, entry) in part.audits.enumerated() {
                try run("""
                    INSERT INTO runAudit (runId, shard, paperKey, position, audit)
                    VALUES (\(runID), \(part.shard.index), \(entry.paperKey), \(position), \(entry.audit))
                    """)
            }
            try run("""
                INSERT INTO runShard (runId, shard, shardCount, completedAt) VALUES (\(runID), \(part.shard.index), \(part.shard.count), \(time))
                ON CONFLICT (runId, shard) DO UPDATE SET shardCount = EXCLUDED.shardCount, completedAt = EXCLUDED.completedAt
                """)
        }
    }

    func withdrawRun(_ runID: String, shard: Int) throws {
        try transaction {
            try lockKey("citecheck:run:" + runID)
            try run("DELETE FROM runAudit WHERE runId = \(runID) AND shard = \(shard)")
            try run("DELETE FROM runShard WHERE runId = \(runID) AND shard = \(shard)")
        }
    }

    func checkSplit(_ runID: String, _ shard: Shard) throws {
        try transaction { try checkSplitInTransaction(runID, shard) }
    }

    private func checkSplitInTransaction(_ runID: String, _ shard: Shard) throws {
        if let other = try run("SELECT shardCount FROM runShard WHERE runId = \(runID) AND shardCount <> \(shard.count) LIMIT 1")
            .first.map({ try $0.decode(Int.self) }) {
            throw CiteCheckError(.usage, file: nil,
                                 "run \(runID) is split into \(other) shards, not \(shard.count): use --shard K/\(other) or a new --run-id")
        }
    }

    func runShards(_ runID: String) throws -> (count: Int?, completed: [Int]) {
        try transaction {
            let rows = try run("SELECT shard, shardCount FROM runShard WHERE runId = \(runID) ORDER BY shard")
                .map { try $0.decode((Int, Int).self) }
            return (rows.first?.1, rows.map(\.0))
        }
    }

    func runParts(_ runID: String) throws -> [HistoryStore.RunPart] {
        try transaction {
            let shards = try run("SELECT shard, shardCount FROM runShard WHERE runId = \(runID) ORDER BY shard")
                .map { try $0.decode((Int, Int).self) }
            return try shards.map { shard, count in
                let audits = try run("SELECT paperKey, audit FROM runAudit WHERE runId = \(runID) AND shard = \(shard) ORDER BY position")
                    .map { row -> (paperKey: String, audit: Data) in
                        let (key, audit) = try row.decode((String, Data).self)
                        return (paperKey: key, audit: audit)
                    }
                return HistoryStore.RunPart(shard: Shard(index: shard, count: count), audits: audits)
            }
        }
    }
}
