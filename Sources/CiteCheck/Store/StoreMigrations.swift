import GRDB

/// The store's schema, one migration per change. Never edit a registered migration: a store
/// cached by CI from an earlier version must still open, so changes go in a new one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: audits, link checks, archive lookups") { db in
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("paperPath", .text).notNull()
                t.column("paperHash", .text)
                t.column("startedAt", .datetime).notNull()
                t.column("linkCount", .integer).notNull()
            }
            try db.create(index: "audit_paper", on: "audit", columns: ["paperPath", "startedAt"])
            try db.create(table: "linkCheck") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("audit", onDelete: .cascade).notNull()
                t.column("paperPath", .text).notNull()
                t.column("url", .text).notNull()
                t.column("checkedAt", .datetime).notNull()
                t.column("status", .text).notNull()
                t.column("httpStatus", .integer)
                t.column("finalUrl", .text)
                t.column("pageHash", .text)
                t.column("reused", .boolean).notNull().defaults(to: false)
                // The verdict over time as it stood after this check, so changes compare like with like.
                t.column("failures", .integer).notNull()
                t.column("firstFailed", .datetime)
                t.column("confirmed", .boolean).notNull()
            }
            try db.create(index: "linkCheck_url", on: "linkCheck", columns: ["url", "checkedAt"])
            try db.create(table: "archiveLookup") { t in
                t.column("url", .text).notNull()
                // The timestamp asked for (YYYYMMDDhhmmss), so different access dates cache apart.
                t.column("requested", .text).notNull()
                t.column("snapshotUrl", .text)
                t.column("snapshotTimestamp", .text)
                t.column("lookedUpAt", .datetime).notNull()
                t.primaryKey(["url", "requested"])
            }
        }
        migrator.registerMigration("v2: registry answers, work standings") { db in
            // Answers of the DOI registries and catalogues (Crossref, DataCite, OpenAlex, Open
            // Library), by URL, with when they were asked: `--metadata-max-age` reuses them.
            try db.create(table: "registryAnswer") { t in
                t.column("url", .text).notNull().primaryKey()
                t.column("status", .integer).notNull()
                t.column("body", .blob).notNull()
                t.column("fetchedAt", .datetime).notNull()
            }
            // Whether each DOI a paper cites or matched stood retracted at an audit, so the next
            // audit can report a new retraction in `changes`.
            try db.create(table: "workStanding") { t in
                t.column("paperPath", .text).notNull()
                t.column("checkedAt", .datetime).notNull()
                t.column("doi", .text).notNull()
                t.column("retracted", .boolean).notNull()
                t.primaryKey(["paperPath", "checkedAt", "doi"])
            }
        }
        migrator.registerMigration("v3: archived page contents") { db in
            // What an archived capture says (`--drift`): its title and main text, by capture URL.
            // A capture never changes, so the row never ages out.
            try db.create(table: "snapshotContent") { t in
                t.column("snapshotUrl", .text).notNull().primaryKey()
                t.column("title", .text)
                t.column("text", .text).notNull()
                t.column("source", .text).notNull()
                t.column("fetchedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v4: papers by identity, runs of sharded workers") { db in
            // Papers are named by `PaperKey.identity` from now on; their audits under an absolute
            // path are re-keyed when the paper is next recorded (HistoryStore.adopt), since only
            // then is the root known. Audits of a run carry it, so a restarted worker replaces its
            // own audit instead of adding a second one.
            try db.alter(table: "audit") { t in
                t.add(column: "runId", .text)
                t.add(column: "shard", .integer)
            }
            try db.create(index: "audit_run", on: "audit", columns: ["runId", "paperPath", "shard"])
            try db.create(index: "linkCheck_paper", on: "linkCheck", columns: ["paperPath"])
            // Each shard a worker finished, and its audit of every paper: `citecheck report` merges them.
            try db.create(table: "runShard") { t in
                t.column("runId", .text).notNull()
                t.column("shard", .integer).notNull()
                t.column("shardCount", .integer).notNull()
                t.column("completedAt", .datetime).notNull()
                t.primaryKey(["runId", "shard"])
            }
            try db.create(table: "runAudit") { t in
                t.column("runId", .text).notNull()
                t.column("shard", .integer).notNull()
                t.column("paperKey", .text).notNull()
                // The paper's place in the worker's list, so the report keeps the command line's order.
                t.column("position", .integer).notNull()
                t.column("audit", .blob).notNull()
                t.primaryKey(["runId", "shard", "paperKey"])
            }
        }
        return migrator
    }
}
