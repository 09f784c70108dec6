/// The findings a link's verdict earns, one per reference citing it (each is fixed separately).
public struct LinkFindingRule: Sendable {
    public init() {}

    public func findings(url: String, references: [String], verdict: LinkVerdict) -> [Finding] {
        guard let (kind, severity) = Self.kindAndSeverity(verdict.status) else { return [] }
        let ids: [String?] = references.isEmpty ? [nil] : references
        return ids.map {
            Finding(kind: kind, severity: severity, reference: $0, url: url,
                    message: "\(url) \(verdict.message)", suggestion: verdict.suggestion)
        }
    }

    /// Dead links and unresolvable hosts are errors; what might be transient or a refusal to a
    /// robot is a warning; what was not checked is information.
    static func kindAndSeverity(_ status: LinkStatus) -> (Finding.Kind, Finding.Severity)? {
        switch status {
        case .ok, .skipped: return nil
        case .dead: return (.deadLink, .error)
        case .dns: return (.dns, .error)
        case .redirected: return (.redirected, .warning)
        case .blocked: return (.blocked, .warning)
        case .redirectLoop: return (.redirectLoop, .warning)
        case .rateLimited: return (.rateLimited, .warning)
        case .timeout: return (.timeout, .warning)
        case .tls: return (.tls, .warning)
        case .connection: return (.connection, .warning)
        case .serverError: return (.serverError, .warning)
        case .unverified: return (.unverified, .info)
        }
    }
}
