import Foundation

/// A notice that changes the standing of a work: a retraction, a withdrawal, an expression of
/// concern, a correction. Crossref lists them on the original work under `updated-by` (each with
/// the notice's DOI, type, source and date) and on the notice under `update-to`.
public struct WorkUpdate: Hashable, Sendable, Codable {
    /// How the notice weighs, whatever the registry called it.
    public enum Standing: String, Hashable, Sendable, Codable {
        /// Retraction, withdrawal, removal: the work no longer stands.
        case retracted
        /// An expression of concern: the work is in doubt.
        case concern
        /// A correction, erratum, corrigendum or addendum: the work stands, corrected.
        case corrected
        /// Anything else (a new version, a clarification): no finding.
        case other
    }

    /// Crossref's type as given: "retraction", "withdrawal", "expression_of_concern", "correction", ….
    public var type: String
    /// The notice's DOI (for an in-situ retraction, the work's own DOI); nil when the source gives none.
    public var notice: String?
    /// "publisher" or "retraction-watch" (Crossref), "openalex" for OpenAlex's is_retracted flag.
    public var source: String?
    /// The notice's date, as precise as the registry gives it.
    public var date: PartialDate?
    /// Retraction Watch's record id, when the update comes from its database.
    public var recordID: String?

    public init(type: String, notice: String? = nil, source: String? = nil, date: PartialDate? = nil, recordID: String? = nil) {
        self.type = type
        self.notice = notice
        self.source = source
        self.date = date
        self.recordID = recordID
    }

    public var standing: Standing { Self.standing(of: type) }

    /// Crossref's update types (its deposit schema names more than the REST API's documentation
    /// shows; case, hyphens and underscores vary between members).
    static func standing(of type: String) -> Standing {
        switch type.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_") {
        case "retraction", "withdrawal", "removal", "retracted", "withdrawn": .retracted
        case "expression_of_concern", "concern": .concern
        case "correction", "corrigendum", "erratum", "addendum", "partial_retraction": .corrected
        default: .other
        }
    }

    /// "retraction (publisher, 2010-02-02, notice 10.1016/…)": the evidence a finding quotes.
    public var evidence: String {
        var parts: [String] = []
        if let source { parts.append(source.replacingOccurrences(of: "retraction-watch", with: "Retraction Watch")) }
        if let date { parts.append(date.description) }
        if let notice { parts.append("notice DOI \(notice)") }
        if let recordID { parts.append("Retraction Watch record \(recordID)") }
        let kind = type.replacingOccurrences(of: "_", with: " ")
        return parts.isEmpty ? kind : "\(kind) (\(parts.joined(separator: ", ")))"
    }
}
