/// Everything the registries said about one DOI: its handle, its agency and, for Crossref and
/// DataCite, its record. Gathered by `DOIResolver`; judged by `DOICheck`.
public struct DOILookup: Hashable, Sendable {
    public enum Registration: Hashable, Sendable {
        /// The handle exists; `url` is where it resolves, nil for a handle without a URL (code 200).
        case registered(url: String?)
        case notFound
        /// The handle API could not be asked or its answer not read (network, 429, bad JSON).
        case failed(String)
    }

    public var doi: DOI
    public var registration: Registration
    public var agency: RegistrationAgency?
    /// The registry's record; nil when the agency publishes none or it could not be read.
    public var record: WorkRecord?
    /// Why there is no record although the agency publishes one.
    public var metadataProblem: String?

    public init(doi: DOI, registration: Registration, agency: RegistrationAgency? = nil,
                record: WorkRecord? = nil, metadataProblem: String? = nil) {
        self.doi = doi
        self.registration = registration
        self.agency = agency
        self.record = record
        self.metadataProblem = metadataProblem
    }
}
