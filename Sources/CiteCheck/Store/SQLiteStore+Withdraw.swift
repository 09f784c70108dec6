import Foundation
import GRDB

/// Taking back audits whose reports could not be written: an audit counts as done only once its
/// reports exist, so a run that fails writing them leaves the store as it was before the run.
extension SQLiteStore {
    /// Deletes the audits `ids` and, by cascade, their link checks, in one transaction.
    func withdraw(audits ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        try wrap {
            try pool.write { db in
                _ = try AuditRow.filter(ids.contains(Column("id"))).deleteAll(db)
            }
        }
    }
}
