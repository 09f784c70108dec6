import Foundation
import GRDB

/// Runs of sharded workers in SQLite: each worker's audit of every paper and the shards completed.
extension SQLiteStore {
    /// Records that `part.shard` of `runID` is complete, with its audits, in one transaction: a
    /// worker killed before this leaves no trace of the shard, one started again replaces it.
    func recordRun(_ runID: String, _ part: HistoryStore.RunPart, at time: Date) throws {
        try wrap {
            try pool.write { db in
                try Self.checkSplit(db, runID, part.shard)
                try RunAuditRow.filter(Column("runId") == runID && Column("shard") == part.shard.index).deleteAll(db)
                for (position, entry) in part.audits.enumerated() {
                    try RunAuditRow(runId: runID, shard: part.shard.index, paperKey: entry.paperKey, position: position,
                                    audit: entry.audit).insert(db)
                }
                try RunShardRow(runId: runID, shard: part.shard.index, shardCount: part.shard.count, completedAt: time).upsert(db)
            }
        }
    }

    /// Takes back `shard` of `runID` (its audits and its completion) in one transaction.
    func withdrawRun(_ runID: String, shard: Int) throws {
        try wrap {
            try pool.write { db in
                try RunAuditRow.filter(Column("runId") == runID && Column("shard") == shard).deleteAll(db)
                try RunShardRow.filter(Column("runId") == runID && Column("shard") == shard).deleteAll(db)
            }
        }
    }

    /// Refuses a worker whose N differs from the run's (checked before it fetches anything, and
    /// again when it records): its shards would overlap the others'.
    func checkSplit(_ runID: String, _ shard: Shard) throws {
        try wrap { try pool.read { try Self.checkSplit($0, runID, shard) } }
    }

    private static func checkSplit(_ db: Database, _ runID: String, _ shard: Shard) throws {
        if let other = try Int.fetchOne(db, sql: "SELECT shardCount FROM runShard WHERE runId = ? AND shardCount != ? LIMIT 1",
                                        arguments: [runID, shard.count]) {
            throw CiteCheckError(.usage, file: nil,
                                 "run \(runID) is split into \(other) shards, not \(shard.count): use --shard K/\(other) or a new --run-id")
        }
    }

    /// The shards of `runID` recorded so far, and how many the run has (nil: none recorded).
    func runShards(_ runID: String) throws -> (count: Int?, completed: [Int]) {
        try wrap {
            try pool.read { db in
                let rows = try RunShardRow.filter(Column("runId") == runID).order(Column("shard")).fetchAll(db)
                return (rows.first?.shardCount, rows.map(\.shard))
            }
        }
    }

    /// Every recorded part of `runID`, by shard.
    func runParts(_ runID: String) throws -> [HistoryStore.RunPart] {
        try wrap {
            try pool.read { db in
                let shards = try RunShardRow.filter(Column("runId") == runID).order(Column("shard")).fetchAll(db)
                return try shards.map { shard in
                    let rows = try RunAuditRow.filter(Column("runId") == runID && Column("shard") == shard.shard)
                        .order(Column("position")).fetchAll(db)
                    return HistoryStore.RunPart(shard: Shard(index: shard.shard, count: shard.shardCount),
                                   audits: rows.map { (paperKey: $0.paperKey, audit: $0.audit) })
                }
            }
        }
    }
}
