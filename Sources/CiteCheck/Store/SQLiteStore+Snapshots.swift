import Foundation
import GRDB

extension SQLiteStore {
    /// The main text of an archived capture read earlier (`--drift`), or nil when never read.
    func cachedSnapshotContent(url: String) throws -> MainText? {
        try wrap {
            try pool.read { db in
                try SnapshotContentRow.filter(Column("snapshotUrl") == url).fetchOne(db)
                    .map { MainText(title: $0.title, text: $0.text, source: $0.source) }
            }
        }
    }

    func cacheSnapshotContent(url: String, content: MainText, at time: Date) throws {
        try wrap {
            try pool.write { db in
                try SnapshotContentRow(snapshotUrl: url, title: content.title, text: content.text, source: content.source,
                                       fetchedAt: time).upsert(db)
            }
        }
    }
}
