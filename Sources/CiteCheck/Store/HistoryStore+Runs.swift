import Foundation

/// Runs of sharded workers (`--run-id`, `--shard`): each worker's audit of every paper and the
/// shards completed, which `citecheck report --store --run-id` merges into one report per paper.
extension HistoryStore {
    /// One worker's part of a run, as `recordRun` writes it and `runParts` reads it back.
    public struct RunPart: Sendable {
        public var shard: Shard
        /// Each paper's identity and its audit's JSON (`JSONCoding`), in the worker's order.
        public var audits: [(paperKey: String, audit: Data)]

        public init(shard: Shard, audits: [(paperKey: String, audit: Data)]) {
            self.shard = shard
            self.audits = audits
        }
    }

    /// Records that `part.shard` of `runID` is complete, with its audits, in one transaction: a
    /// worker killed before this leaves no trace of the shard, one started again replaces it.
    public func recordRun(_ runID: String, _ part: RunPart, at time: Date) throws {
        try backend.recordRun(runID, part, at: time)
    }

    /// Takes back a part recorded by a run whose reports could not be written (as `withdraw(audits:)`
    /// takes back its audits): `previous`, the part of that shard recorded before, is put back
    /// (dated now); without one the shard is removed, with its audits.
    public func withdrawRun(_ runID: String, shard: Int, restoring previous: RunPart?) throws {
        if let previous {
            try backend.recordRun(runID, previous, at: Date())
        } else {
            try backend.withdrawRun(runID, shard: shard)
        }
    }

    /// Refuses a worker whose N differs from the run's (checked before it fetches anything, and
    /// again when it records): its shards would overlap the others'.
    public func checkSplit(_ runID: String, _ shard: Shard) throws { try backend.checkSplit(runID, shard) }

    /// The shards of `runID` recorded so far, and how many the run has (nil: none recorded).
    public func runShards(_ runID: String) throws -> (count: Int?, completed: [Int]) { try backend.runShards(runID) }

    /// Every recorded part of `runID`, by shard.
    public func runParts(_ runID: String) throws -> [RunPart] { try backend.runParts(runID) }
}
