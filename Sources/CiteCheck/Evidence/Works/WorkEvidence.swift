/// What the catalogues returned for one scholarly reference: every candidate, with where it came
/// from, and which catalogues could not be asked or did not answer.
public struct WorkEvidence: Hashable, Sendable {
    public struct Candidate: Hashable, Sendable {
        public var record: WorkRecord
        public var source: WorkMatch.Source
    }

    public var kind: ScholarlyClassifier.Kind
    public var candidates: [Candidate] = []
    /// Crossref's bibliographic hits, handed to the DOI suggestion so it asks nothing again.
    public var crossrefHits: [WorkRecord]?
    /// "Crossref: HTTP 429", "OpenAlex: not asked (--offline)": a catalogue that gave no answer.
    public var failures: [String] = []

    public init(kind: ScholarlyClassifier.Kind) { self.kind = kind }

    public var pairs: [(WorkRecord, WorkMatch.Source)] { candidates.map { ($0.record, $0.source) } }
}

/// Everything the work lookups learned for a paper (or a batch of papers).
public struct WorkLookups: Sendable {
    /// By reference id; only scholarly references have an entry.
    public var evidence: [String: WorkEvidence] = [:]
    /// The cited DOIs' handles and records (shared with the DOI stage), by `DOI.key`.
    public var doiLookups: [String: DOILookup] = [:]
    /// OpenAlex's records of the cited and matched DOIs (for `is_retracted`), by `DOI.key`.
    public var openAlex: [String: WorkRecord] = [:]
    /// Crossref records of the notices (retractions, corrections, concerns) found, by `DOI.key`.
    public var notices: [String: WorkRecord] = [:]

    public init() {}

    /// Crossref's hits by reference id, for `DOIResolver.resolve(searched:)`.
    public var crossrefHits: [String: [WorkRecord]] { evidence.compactMapValues(\.crossrefHits) }
}
