import Foundation
import PostgresNIO

/// The archive, registry and capture caches and the work standings in PostgreSQL: upserts keyed
/// as in SQLite, so two workers caching the same answer leave one row.
extension PostgresStore {
    func cachedArchive(url: String, requested: String, notBefore: Date) throws -> ArchiveSnapshot?? {
        try transaction {
            guard let row = try run("""
                SELECT snapshotUrl, snapshotTimestamp FROM archiveLookup
                WHERE url = \(url) AND requested = \(requested) AND lookedUpAt >= \(notBefore)
                """).first else { return nil }
            let (snapshotURL, timestamp) = try row.decode((String?, String?).self)
            guard let snapshotURL, let timestamp else { return .some(nil) }
            return .some(ArchiveSnapshot(url: snapshotURL, timestamp: timestamp))
        }
    }

    func cacheArchive(url: String, requested: String, snapshot: ArchiveSnapshot?, at time: Date) throws {
        try transaction {
            try run("""
                INSERT INTO archiveLookup (url, requested, snapshotUrl, snapshotTimestamp, lookedUpAt)
                VALUES (\(url), \(requested), \(snapshot?.url), \(snapshot?.timestamp), \(time))
                ON CONFLICT (url, requested) DO UPDATE SET snapshotUrl = EXCLUDED.snapshotUrl,
                    snapshotTimestamp = EXCLUDED.snapshotTimestamp, lookedUpAt = EXCLUDED.lookedUpAt
                """)
        }
    }

    /// A cache that cannot be read is a cache miss: the registries are asked instead.
    func cachedAnswers(_ urls: [String], notBefore: Date) -> [String: RegistryClient.Answer] {
        guard !urls.isEmpty else { return [:] }
        return (try? transaction {
            var found: [String: RegistryClient.Answer] = [:]
            for row in try run("""
                SELECT url, status, body FROM registryAnswer WHERE url = ANY(\(Array(Set(urls)))) AND fetchedAt >= \(notBefore)
                """) {
                let (url, status, body) = try row.decode((String, Int, Data).self)
                found[url] = RegistryClient.Answer(status: status, body: body, cached: true)
            }
            return found
        }) ?? [:]
    }

    func cacheAnswers(_ answers: [(url: String, answer: RegistryClient.Answer)], at time: Date) {
        guard !answers.isEmpty else { return }
        _ = try? transaction {
            for (url, answer) in answers {
                guard let status = answer.status else { continue }
                try run("""
                    INSERT INTO registryAnswer (url, status, body, fetchedAt) VALUES (\(url), \(status), \(answer.body), \(time))
                    ON CONFLICT (url) DO UPDATE SET status = EXCLUDED.status, body = EXCLUDED.body, fetchedAt = EXCLUDED.fetchedAt
                    """)
            }
        }
    }

    func answerDate(_ url: String) throws -> Date? {
        try transaction {
            try run("SELECT fetchedAt FROM registryAnswer WHERE url = \(url)").first.map { try $0.decode(Date.self) }
        }
    }

    /// The standings at the paper's previous audit are found by the database (the latest earlier
    /// time), not by a time read back and sent again, which could differ in the last microsecond.
    func recordStandings(paper path: String, at time: Date, retracted: [String: Bool]) throws -> [String] {
        try transaction {
            try lockKey("citecheck:paper:" + path)
            var before: [String: Bool] = [:]
            let rows = try run("""
                SELECT doi, retracted FROM workStanding WHERE paperPath = \(path) AND checkedAt =
                    (SELECT MAX(checkedAt) FROM workStanding WHERE paperPath = \(path) AND checkedAt < \(time))
                """)
            for row in rows {
                let (doi, flag) = try row.decode((String, Bool).self)
                before[doi] = flag
            }
            for (doi, flag) in retracted {
                try run("""
                    INSERT INTO workStanding (paperPath, checkedAt, doi, retracted) VALUES (\(path), \(time), \(doi), \(flag))
                    ON CONFLICT (paperPath, checkedAt, doi) DO UPDATE SET retracted = EXCLUDED.retracted
                    """)
            }
            guard !rows.isEmpty else { return [] }
            return retracted.filter { $0.value && before[$0.key] != true }.map(\.key).sorted()
        }
    }

    func cachedSnapshotContent(url: String) throws -> MainText? {
        try transaction {
            try run("SELECT title, text, source FROM snapshotContent WHERE snapshotUrl = \(url)").first.map { row in
                let (title, text, source) = try row.decode((String?, String, String).self)
                return MainText(title: title, text: text, source: source)
            }
        }
    }

    func cacheSnapshotContent(url: String, content: MainText, at time: Date) throws {
        try transaction {
            try run("""
                INSERT INTO snapshotContent (snapshotUrl, title, text, source, fetchedAt)
                VALUES (\(url), \(content.title), \(content.text), \(content.source), \(time))
                ON CONFLICT (snapshotUrl) DO UPDATE SET title = EXCLUDED.title, text = EXCLUDED.text,
                    source = EXCLUDED.source, fetchedAt = EXCLUDED.fetchedAt
                """)
        }
    }
}
