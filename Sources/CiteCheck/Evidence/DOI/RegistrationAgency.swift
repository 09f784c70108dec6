import Foundation

/// The registration agency of a DOI prefix, as https://doi.org/ra/{prefix} names it.
public struct RegistrationAgency: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }

    public static let crossref = RegistrationAgency("Crossref")
    public static let dataCite = RegistrationAgency("DataCite")

    public var isCrossref: Bool { name.caseInsensitiveCompare("Crossref") == .orderedSame }
    public var isDataCite: Bool { name.caseInsensitiveCompare("DataCite") == .orderedSame }
    /// Crossref and DataCite publish metadata openly; CNKI, ISTIC, mEDRA, JaLC, KISTI and the
    /// rest are only checked for registration.
    public var hasOpenMetadata: Bool { isCrossref || isDataCite }

    /// Parses the RA answer: [{"DOI": "10.1000", "RA": "Crossref"}]. Nil when the answer names no
    /// agency ([{"DOI": …, "status": "DOI does not exist"}] or "Invalid DOI").
    public static func parse(_ data: Data) throws(DOIResponseError) -> RegistrationAgency? {
        let array = try JSONValue.array(data, source: "agency")
        for case let entry as [String: Any] in array {
            if let ra = JSONValue.string(entry["RA"]) { return RegistrationAgency(ra) }
        }
        return nil
    }
}
