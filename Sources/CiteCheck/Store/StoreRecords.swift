import Foundation
import GRDB

/// Rows of the store's tables. Internal: the rest of the program sees `HistoryStore`'s values.
struct AuditRow: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit"
    var id: Int64?
    var paperPath: String
    var paperHash: String?
    var startedAt: Date
    var linkCount: Int
    var runId: String?
    var shard: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct LinkCheckRow: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "linkCheck"
    var id: Int64?
    var auditId: Int64
    var paperPath: String
    var url: String
    var checkedAt: Date
    var status: String
    var httpStatus: Int?
    var finalUrl: String?
    var pageHash: String?
    var reused: Bool
    var failures: Int
    var firstFailed: Date?
    var confirmed: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var observation: LinkObservation {
        LinkObservation(url: url, status: status, httpStatus: httpStatus, finalURL: finalUrl,
                        pageHash: pageHash, checkedAt: checkedAt, reused: reused)
    }

    var history: LinkHistory { LinkHistory(firstFailed: firstFailed, failures: failures, confirmed: confirmed) }
}

struct ArchiveLookupRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "archiveLookup"
    var url: String
    var requested: String
    var snapshotUrl: String?
    var snapshotTimestamp: String?
    var lookedUpAt: Date
}

struct RegistryAnswerRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "registryAnswer"
    var url: String
    var status: Int
    var body: Data
    var fetchedAt: Date
}

struct WorkStandingRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "workStanding"
    var paperPath: String
    var checkedAt: Date
    var doi: String
    var retracted: Bool
}

struct SnapshotContentRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "snapshotContent"
    var snapshotUrl: String
    var title: String?
    var text: String
    var source: String
    var fetchedAt: Date
}

struct RunShardRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "runShard"
    var runId: String
    var shard: Int
    var shardCount: Int
    var completedAt: Date
}

struct RunAuditRow: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "runAudit"
    var runId: String
    var shard: Int
    var paperKey: String
    var position: Int
    var audit: Data
}
