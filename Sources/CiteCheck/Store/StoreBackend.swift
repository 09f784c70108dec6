import Foundation

/// What a history store does, whichever database holds it: `SQLiteStore` (one file, the default)
/// or `PostgresStore` (one server that many workers share). `HistoryStore` picks one from the
/// `--store` value and forwards to it, so its callers never see which. Both apply the same
/// `ConfirmationRule` and `ChangeDetector` to the same rows: the verdicts do not depend on the
/// backend.
protocol StoreBackend: Sendable {
    /// Records an audit in one transaction; `interruption` (tests) runs after half the rows are written.
    func record(_ audit: AuditInput, rule: ConfirmationRule, interruption: (() throws -> Void)?) throws -> AuditHistory
    /// Deletes the audits `ids` and, by cascade, their link checks, in one transaction.
    func withdraw(audits ids: [Int64]) throws
    func latestChecks(_ urls: [String], upTo time: Date) throws -> [String: LinkObservation]
    func timeline(url: String) throws -> [TimelineEntry]
    func timeline(paper: String) throws -> [TimelineEntry]
    func audits(paper: String) throws -> [Date]
    func auditCount() throws -> Int
    func journalMode() throws -> String
    func appliedMigrations() throws -> [String]
    func incompleteAudits() throws -> Int
    func integrityCheck() throws -> String

    func cachedArchive(url: String, requested: String, notBefore: Date) throws -> ArchiveSnapshot??
    func cacheArchive(url: String, requested: String, snapshot: ArchiveSnapshot?, at time: Date) throws
    func cachedAnswers(_ urls: [String], notBefore: Date) -> [String: RegistryClient.Answer]
    func cacheAnswers(_ answers: [(url: String, answer: RegistryClient.Answer)], at time: Date)
    func answerDate(_ url: String) throws -> Date?
    func recordStandings(paper path: String, at time: Date, retracted: [String: Bool]) throws -> [String]
    func cachedSnapshotContent(url: String) throws -> MainText?
    func cacheSnapshotContent(url: String, content: MainText, at time: Date) throws

    func recordRun(_ runID: String, _ part: HistoryStore.RunPart, at time: Date) throws
    func withdrawRun(_ runID: String, shard: Int) throws
    func checkSplit(_ runID: String, _ shard: Shard) throws
    func runShards(_ runID: String) throws -> (count: Int?, completed: [Int])
    func runParts(_ runID: String) throws -> [HistoryStore.RunPart]
}
