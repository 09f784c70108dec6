import GRDB

/// The SQLite the history store runs on, asked of SQLite itself (GRDB may bundle or link it).
enum SQLiteVersion {
    static var current: String {
        (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") } ?? nil) ?? "unknown"
    }
}
