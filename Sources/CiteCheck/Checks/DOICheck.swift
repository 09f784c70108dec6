/// Turns what the registries said into the "dois" entries and the DOI findings. Pure: the
/// network work is `DOIResolver`'s, so this is tested on plain values.
///
/// - `doi-invalid` (error): the note's DOI breaks the DOI Handbook's syntax; the reason is given.
/// - `doi-not-found` (error): the handle system has no such DOI.
/// - `doi-mismatch` (error): the DOI's record is a different work (`WorkComparison.isDifferentWork`).
/// - `doi-suggested` (info): a journal article cited without a DOI has one unambiguous match in
///   Crossref's bibliographic search, or its cited page declares a registered DOI.
/// - `unverified` (info): a DOI that could not be checked, or whose agency (CNKI, ISTIC, …)
///   publishes no metadata, so no comparison with the note was possible.
/// The three error kinds carry a suggested DOI when a bibliographic search finds one clearly.
public enum DOICheck {
    /// References a bibliographic search could help: journal articles cited without a DOI, and
    /// references whose DOI is invalid, not found or names another work.
    public static func searchTargets(citations: [DOICitation], references: [Reference],
                                     lookups: [String: DOILookup]) -> [Reference] {
        let byReference = Dictionary(grouping: citations, by: \.reference)
        return references.filter { ref in
            guard ref.title != nil else { return false }
            let mine = byReference[ref.id] ?? []
            let fromNote = mine.filter { $0.source == .note }
            if fromNote.isEmpty {
                // A page that declares a registered DOI answers the question without a search.
                let pageHasOne = mine.contains { c in
                    guard let doi = DOI(c.text), let lookup = lookups[doi.key] else { return false }
                    if case .registered = lookup.registration { return true }
                    return false
                }
                return !pageHasOne && DOISuggestionRule.looksLikeJournalArticle(ref)
            }
            return fromNote.contains { c in
                guard let doi = DOI(c.text) else { return true }
                guard let lookup = lookups[doi.key] else { return false }
                switch lookup.registration {
                case .notFound: return true
                case .failed: return false
                case .registered: return lookup.record.map { WorkComparison(record: $0, reference: ref).isDifferentWork } ?? false
                }
            }
        }
    }

    public static func evaluate(citations: [DOICitation], references: [Reference], lookups: [String: DOILookup],
                                searches: [String: [WorkRecord]] = [:]) -> ([DOIRecord], [Finding]) {
        let byID = Dictionary(references.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var records: [DOIRecord] = []
        var findings: [Finding] = []

        for group in group(citations) {
            let refs = group.citations.compactMap(\.reference).uniqued()
            func suggestion(_ ref: String?, excluding: DOI?) -> DOI? {
                guard let ref, let reference = byID[ref], let hits = searches[ref] else { return nil }
                return DOISuggestionRule.suggestion(for: reference, hits: hits, excluding: excluding)
            }
            // The note's and the header's DOIs are the paper's claims; a page's is only evidence.
            let claims = group.citations.filter { $0.source != .page }

            guard let doi = group.doi else {
                records.append(DOIRecord(doi: group.display, references: refs, status: .invalid))
                for c in claims {
                    let fix = suggestion(c.reference, excluding: nil)
                    findings.append(Finding(
                        kind: .doiInvalid, severity: .error, reference: c.reference,
                        message: group.syntaxError!.description + (fix.map { "; Crossref's bibliographic search finds \($0)" } ?? ""),
                        suggestion: fix?.value))
                }
                continue
            }
            guard let lookup = lookups[doi.key] else {
                records.append(DOIRecord(doi: doi.value, references: refs, status: .unverified))
                continue
            }
            let agency = lookup.agency?.name
            switch lookup.registration {
            case .failed(let reason):
                records.append(DOIRecord(doi: doi.value, references: refs, status: .unverified, agency: agency))
                for c in claims {
                    findings.append(Finding(kind: .unverified, severity: .info, reference: c.reference,
                                            message: "DOI \(doi) could not be checked: \(reason)"))
                }
            case .notFound:
                records.append(DOIRecord(doi: doi.value, references: refs, status: .notFound, agency: agency))
                for c in claims {
                    let fix = suggestion(c.reference, excluding: doi)
                    let own = c.source == .paper ? " (the paper's own DOI: perhaps not registered yet)" : ""
                    findings.append(Finding(
                        kind: .doiNotFound, severity: c.source == .paper ? .warning : .error, reference: c.reference,
                        message: "DOI \(doi) is not registered: the DOI handle system does not know it\(own)"
                            + (fix.map { "; Crossref's bibliographic search finds \($0)" } ?? ""),
                        suggestion: fix?.value))
                }
            case .registered(let url):
                records.append(DOIRecord(doi: doi.value, references: refs, status: .registered, agency: agency,
                                         resolvesTo: url, metadata: lookup.record?.metadata))
                for c in group.citations {
                    guard let ref = c.reference.flatMap({ byID[$0] }) else {
                        if c.source == .paper, let note = noComparison(doi, lookup) {
                            findings.append(Finding(kind: .unverified, severity: .info, message: note))
                        }
                        continue
                    }
                    let different = lookup.record.map { WorkComparison(record: $0, reference: ref).isDifferentWork } ?? false
                    if c.source == .page {
                        // Only suggest a page's DOI for a reference whose note gives none.
                        let noteHasDOI = citations.contains { $0.reference == ref.id && $0.source == .note }
                        if !noteHasDOI && !different {
                            findings.append(Finding(
                                kind: .doiSuggested, severity: .info, reference: ref.id,
                                message: "The cited page declares DOI \(doi), registered\(agency.map { " with \($0)" } ?? ""); the citation gives no DOI",
                                suggestion: doi.value))
                        }
                        continue
                    }
                    if different, let record = lookup.record {
                        let fix = suggestion(ref.id, excluding: doi)
                        findings.append(Finding(
                            kind: .doiMismatch, severity: .error, reference: ref.id,
                            message: "DOI \(doi) names another work. The note cites \(describe(ref)); the DOI's record"
                                + "\(agency.map { " (\($0))" } ?? "") is \(describe(record))"
                                + (fix.map { "; Crossref's bibliographic search finds \($0)" } ?? ""),
                            suggestion: fix?.value))
                    } else if lookup.record == nil, let note = noComparison(doi, lookup) {
                        findings.append(Finding(kind: .unverified, severity: .info, reference: ref.id, message: note))
                    }
                }
            }
        }

        // Journal articles cited without any DOI.
        let withDOI = Set(citations.compactMap(\.reference))
        for ref in references where !withDOI.contains(ref.id) {
            guard let hits = searches[ref.id], let doi = DOISuggestionRule.suggestion(for: ref, hits: hits) else { continue }
            let hit = hits.first { $0.doi.flatMap(DOI.init) == doi }
            findings.append(Finding(
                kind: .doiSuggested, severity: .info, reference: ref.id,
                message: "No DOI cited; Crossref's bibliographic search has one clear match: \(hit.map(describe) ?? doi.value), DOI \(doi)",
                suggestion: doi.value))
        }
        return (records, findings)
    }

    /// Why a registered DOI was not compared with its note, or nil when it was.
    static func noComparison(_ doi: DOI, _ lookup: DOILookup) -> String? {
        if let agency = lookup.agency, !agency.hasOpenMetadata {
            return "DOI \(doi) is registered with \(agency), which publishes no open metadata: no metadata comparison was possible"
        }
        if let problem = lookup.metadataProblem {
            return "DOI \(doi) is registered, but its record could not be read (\(problem)): no metadata comparison was possible"
        }
        if lookup.agency == nil {
            return "DOI \(doi) is registered, but its registration agency is unknown: no metadata comparison was possible"
        }
        return nil
    }

    static func describe(_ r: Reference) -> String {
        let detail = [r.date.map { String($0.year) }, r.authors.first].compactMap { $0 }.joined(separator: "; ")
        return "“\(r.title ?? r.raw)”" + (detail.isEmpty ? "" : " (\(detail))")
    }

    static func describe(_ w: WorkRecord) -> String {
        let m = w.metadata
        let detail = [m.year.map { String($0) }, m.authors.first].compactMap { $0 }.joined(separator: "; ")
        return "“\(m.title ?? "untitled")”" + (detail.isEmpty ? "" : " (\(detail))") + (m.container.map { ", \($0)" } ?? "")
    }

    struct Group {
        var display: String
        var doi: DOI?
        var syntaxError: DOISyntaxError?
        var citations: [DOICitation]
    }

    /// One group per distinct DOI (by case-insensitive key), or per distinct invalid text, in
    /// order of first appearance.
    static func group(_ citations: [DOICitation]) -> [Group] {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for c in citations {
            let key: String
            var g: Group
            switch DOI.parse(c.text) {
            case .success(let doi):
                key = doi.key
                g = Group(display: doi.value, doi: doi, syntaxError: nil, citations: [])
            case .failure(let error):
                key = "invalid:" + error.text
                g = Group(display: error.text, doi: nil, syntaxError: error, citations: [])
            }
            if let i = index[key] {
                if !groups[i].citations.contains(c) { groups[i].citations.append(c) }
            } else {
                index[key] = groups.count
                g.citations = [c]
                groups.append(g)
            }
        }
        return groups
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
