/// dead-link for pages that answer 200 but are not the cited page: the title or heading says
/// "not found", a redirect led to the home page or a not-found path, or the page is the same as
/// what the site returns for a path that cannot exist (its probe, fetched once per host; whatever
/// status the probe answered with, its body is the site's "missing page").
public struct SoftNotFoundCheck: Sendable {
    /// Pages with fewer distinct shingles than this are script shells or near-empty: identical to
    /// the probe says nothing about the cited page, so no conclusion is drawn from the probe.
    public var minimumShingles: Int

    public init(minimumShingles: Int = 20) {
        self.minimumShingles = minimumShingles
    }

    /// - Parameters:
    ///   - url: the URL as cited; `finalURL` is where redirects ended, when they did.
    ///   - probe: the probe's URL and the fingerprint of its body, for the page's host.
    public func findings(
        for reference: Reference, url: String, finalURL: String?, page: PageEvidence?,
        probe: (url: String, fingerprint: PageFingerprint)?
    ) -> [Finding] {
        func dead(_ evidence: String) -> [Finding] {
            [Finding(kind: .deadLink, severity: .error, reference: reference.id, url: url,
                     message: "\(reference.noteDescription) cites a page that answers but is not there: \(evidence)")]
        }
        if let signal = page?.notFound { return dead(signal) }
        if let finalURL, let redirect = SoftNotFound.genericRedirect(requested: url, final: finalURL) { return dead(redirect) }
        if let hint = page?.notFoundHint, let probe, let fingerprint = page?.fingerprint,
           fingerprint.similarity(to: probe.fingerprint) >= SoftNotFound.codeOnlyProbeThreshold {
            let percent = Int((fingerprint.similarity(to: probe.fingerprint) * 100).rounded())
            return dead("\(hint), and the page is \(percent)% the same as what the site returns for a path that does not exist (\(probe.url))")
        }
        if let probe, let fingerprint = page?.fingerprint, fingerprint.shingleCount >= minimumShingles,
           SoftNotFound.matchesProbe(fingerprint, probe: probe.fingerprint) {
            let percent = Int((fingerprint.similarity(to: probe.fingerprint) * 100).rounded())
            return dead("the page is \(percent)% the same as what the site returns for a path that does not exist (\(probe.url))")
        }
        return []
    }
}
