import Foundation
import GRDB

/// The metadata cache and the work standings: registry answers by URL with their date, and which
/// cited works stood retracted at each audit of a paper.
extension SQLiteStore {
    func cachedAnswers(_ urls: [String], notBefore: Date) -> [String: RegistryClient.Answer] {
        // A cache that cannot be read is a cache miss: the registries are asked instead.
        (try? pool.read { db -> [String: RegistryClient.Answer] in
            var found: [String: RegistryClient.Answer] = [:]
            for url in Set(urls) {
                guard let row = try RegistryAnswerRow.filter(Column("url") == url && Column("fetchedAt") >= notBefore).fetchOne(db)
                else { continue }
                found[url] = RegistryClient.Answer(status: row.status, body: row.body, cached: true)
            }
            return found
        }) ?? [:]
    }

    func cacheAnswers(_ answers: [(url: String, answer: RegistryClient.Answer)], at time: Date) {
        guard !answers.isEmpty else { return }
        try? pool.write { db in
            for (url, answer) in answers {
                guard let status = answer.status else { continue }
                try RegistryAnswerRow(url: url, status: status, body: answer.body, fetchedAt: time).upsert(db)
            }
        }
    }

    /// When the cached answer for `url` was asked, if it is cached.
    func answerDate(_ url: String) throws -> Date? {
        try wrap { try pool.read { try RegistryAnswerRow.fetchOne($0, key: url)?.fetchedAt } }
    }

    /// Records whether each DOI (by `DOI.key`) stands retracted at this audit of the paper, and
    /// returns the DOIs retracted now that were not at the paper's previous recorded audit (a DOI
    /// cited for the first time and already retracted counts too). Nothing at the first audit.
    func recordStandings(paper path: String, at time: Date, retracted: [String: Bool]) throws -> [String] {
        try wrap {
            try pool.write { db in
                let previousTime = try Date.fetchOne(db, sql: """
                    SELECT MAX(checkedAt) FROM workStanding WHERE paperPath = ? AND checkedAt < ?
                    """, arguments: [path, time])
                var before: [String: Bool] = [:]
                if let previousTime {
                    for row in try WorkStandingRow.filter(Column("paperPath") == path && Column("checkedAt") == previousTime).fetchAll(db) {
                        before[row.doi] = row.retracted
                    }
                }
                for (doi, flag) in retracted {
                    try WorkStandingRow(paperPath: path, checkedAt: time, doi: doi, retracted: flag).upsert(db)
                }
                guard previousTime != nil else { return [] }
                return retracted.filter { $0.value && before[$0.key] != true }.map(\.key).sorted()
            }
        }
    }
}
