import Foundation

/// Turns what the catalogues said into each scholarly reference's `work` and the work findings.
/// Pure: the network work is `WorkResolver`'s.
///
/// - `work-not-found` (warning; info for books, which catalogues often miss, and for references in
///   Chinese, Japanese or Korean, which Crossref and OpenAlex cover thinly): the catalogues
///   answered and nothing fits. The closest candidate is shown with what differs.
/// - `doi-mismatch` (error): the note's DOI is registered to a work whose title is not the cited
///   one, and no registered work of the cited title has that DOI (a real DOI put on another work);
///   `DOICheck` already reports the DOIs whose record differs in every field.
/// - `doi-suggested` (info): a matched work with a DOI, cited without one.
/// - `retracted-work` (error; a withdrawal counts), `expression-of-concern` (warning),
///   `corrected-work` (info): for every DOI cited or matched, from Crossref's `updated-by` (the
///   notice's DOI, date and source in the message) and OpenAlex's `is_retracted`.
/// - `isbn-invalid` (error for a wrong check digit; warning when only the hyphenation is wrong).
public enum WorkCheck {
    /// `doiFindings`: what `DOICheck` already said, so that nothing is said twice.
    public struct Verdicts: Sendable {
        /// `references[].work`, by reference id.
        public var works: [String: WorkMatch]
        public var findings: [Finding]
        /// Whether each DOI cited or matched (by `DOI.key`) stands retracted, for the history.
        public var retracted: [String: Bool]
    }

    public static func evaluate(references: [Reference], lookups: WorkLookups, doiFindings: [Finding] = []) -> Verdicts {
        var works: [String: WorkMatch] = [:]
        var findings: [Finding] = []
        func said(_ kind: Finding.Kind, _ ref: String) -> Bool {
            doiFindings.contains { $0.kind == kind && $0.reference == ref }
        }
        var standingDOIs: [(ref: Reference, doi: DOI, record: WorkRecord?)] = []
        for ref in references {
            findings += isbnFindings(ref)
            guard let evidence = lookups.evidence[ref.id] else { continue }
            let decision = WorkMatcher.decide(ref, candidates: evidence.pairs)
            var match = decision.match
            if match.status == .notFound, !evidence.failures.isEmpty {
                match = WorkMatch(status: .unverified, score: evidence.candidates.isEmpty ? nil : match.score)
            }
            works[ref.id] = match
            let noteDOI = ref.doi.flatMap(DOI.init)
            let noteLookup = noteDOI.flatMap { lookups.doiLookups[$0.key] }

            // The note's DOI names a registered work whose title is another one.
            var mismatched = said(.doiMismatch, ref.id)
            if !mismatched, let doi = noteDOI, let record = noteLookup?.record,
               WorkComparison(record: record, reference: ref).title == .disagrees,
               match.doi.flatMap(DOI.init) != doi, match.status != .unverified {
                mismatched = true
                let elsewhere = match.status == .matched ? match.doi : nil
                findings.append(Finding(
                    kind: .doiMismatch, severity: .error, reference: ref.id,
                    message: "DOI \(doi) is registered to another work: the note cites \(DOICheck.describe(ref)); the DOI's record is "
                        + DOICheck.describe(record)
                        + (elsewhere.map { "; the cited work is registered as \($0)" } ?? "; no registered work matches the cited title"),
                    suggestion: elsewhere))
            }

            switch match.status {
            case .notFound where !mismatched:
                let weak = evidence.kind.isBook || ref.language == "zh" || TitleNormalizer.language(ref.title ?? "") == "ja"
                var message = "No registered work matches this reference; check it against the source (it may be mis-cited or fabricated)"
                if evidence.kind.isBook { message += ". No catalogue asked (Open Library, OpenAlex) knows this book; catalogues miss many books" }
                if let best = decision.best {
                    let differs = WorkMatcher.differences(best, reference: ref)
                    message += ". Closest candidate (\(sourceName(best.source)), fit \(formatted(best.fit))): "
                        + DOICheck.describe(best.record) + (best.record.doi.map { ", DOI \($0)" } ?? "")
                        + (differs.isEmpty ? "" : "; it differs in " + differs.joinedAsList)
                }
                findings.append(Finding(kind: .workNotFound, severity: weak ? .info : .warning, reference: ref.id, message: message))
            case .matched:
                if noteDOI == nil, ref.doi == nil, let doi = match.doi.flatMap(DOI.init), !said(.doiSuggested, ref.id),
                   !hasAnyNoteDOI(ref) {
                    findings.append(Finding(
                        kind: .doiSuggested, severity: .info, reference: ref.id,
                        message: "No DOI cited; the registered work matching this reference (\(sourceName(match.source ?? .crossref)), fit \(formatted(match.score ?? 0))) is "
                            + (decision.best.map { DOICheck.describe($0.record) } ?? "“\(match.title ?? "")”") + ", DOI \(doi)",
                        suggestion: doi.value))
                }
                if let doi = match.doi.flatMap(DOI.init) { standingDOIs.append((ref, doi, decision.best?.record)) }
            default:
                break
            }
            if let doi = noteDOI, !mismatched, match.doi.flatMap(DOI.init) != doi {
                standingDOIs.append((ref, doi, noteLookup?.record))
            }
        }
        let standing = standingFindings(standingDOIs, lookups: lookups)
        findings += standing.findings
        return Verdicts(works: works, findings: findings, retracted: standing.retracted)
    }

    private static func hasAnyNoteDOI(_ ref: Reference) -> Bool {
        !DOILocator.candidates(in: ref.raw).isEmpty
    }

    /// Retractions, concerns and corrections of each DOI a reference cites or was matched to.
    static func standingFindings(_ cited: [(ref: Reference, doi: DOI, record: WorkRecord?)],
                                 lookups: WorkLookups) -> (findings: [Finding], retracted: [String: Bool]) {
        var findings: [Finding] = []
        var retracted: [String: Bool] = [:]
        var seen = Set<String>()
        for (ref, doi, record) in cited where seen.insert(ref.id + " " + doi.key).inserted {
            let own = lookups.doiLookups[doi.key]?.record ?? record
            var updates = (own?.standingUpdates ?? []).filter { $0.standing != .other }
            // One notice can be listed twice (the publisher's and Retraction Watch's entries): keep both sources in one line.
            updates = merged(updates)
            let flagged = lookups.openAlex[doi.key]?.isRetracted == true
            if flagged, !updates.contains(where: { $0.standing == .retracted }) {
                updates.append(WorkUpdate(type: "retraction", source: "OpenAlex (is_retracted)"))
            }
            // Only a DOI whose record was read (or that OpenAlex knows) says anything about its standing.
            if own != nil || lookups.openAlex[doi.key] != nil {
                retracted[doi.key] = (retracted[doi.key] ?? false) || updates.contains { $0.standing == .retracted }
            }
            for update in updates {
                var u = update
                let notice = u.notice.flatMap(DOI.init)
                let noticeRecord = notice.flatMap { lookups.notices[$0.key] }
                if u.date == nil, let d = noticeRecord?.updateTo.first(where: { $0.notice.flatMap(DOI.init) == doi })?.date { u.date = d }
                let what = own.map(DOICheck.describe) ?? "the cited work"
                let confirm = noticeRecord.map { n in
                    n.updateTo.contains { $0.notice.flatMap(DOI.init) == doi } ? "; the notice's own record lists this DOI under update-to" : ""
                } ?? ""
                let flag = flagged && u.standing == .retracted && !u.evidence.contains("OpenAlex") ? "; OpenAlex also marks it retracted" : ""
                let (kind, severity, verb): (Finding.Kind, Finding.Severity, String) = switch u.standing {
                case .retracted: (.retractedWork, .error, u.type.lowercased().contains("withdraw") ? "has been withdrawn" : "has been retracted")
                case .concern: (.expressionOfConcern, .warning, "carries an expression of concern")
                default: (.correctedWork, .info, "has been corrected")
                }
                findings.append(Finding(
                    kind: kind, severity: severity, reference: ref.id,
                    message: "\(what), DOI \(doi), \(verb): \(u.evidence)\(confirm)\(flag)",
                    suggestion: u.notice.flatMap(DOI.init).map { "https://doi.org/" + $0.value }))
            }
        }
        return (findings, retracted)
    }

    /// Entries for the same notice and type from several sources become one, sources joined.
    static func merged(_ updates: [WorkUpdate]) -> [WorkUpdate] {
        var out: [WorkUpdate] = []
        for u in updates {
            if let i = out.firstIndex(where: { $0.standing == u.standing && ($0.notice.flatMap(DOI.init) == u.notice.flatMap(DOI.init)) }) {
                if let source = u.source, !(out[i].source ?? "").contains(source) {
                    out[i].source = [out[i].source, source].compactMap { $0 }.joined(separator: " and ")
                }
                if out[i].date == nil { out[i].date = u.date }
                if out[i].recordID == nil { out[i].recordID = u.recordID }
            } else {
                out.append(u)
            }
        }
        return out
    }

    /// Every ISBN a citation gives, checked.
    static func isbnFindings(_ ref: Reference) -> [Finding] {
        ISBNLocator.candidates(in: ref.raw).compactMap { written in
            guard case .failure(let problem) = ISBN.parse(written) else { return nil }
            return Finding(kind: .isbnInvalid, severity: problem.checksumValid ? .warning : .error, reference: ref.id,
                           message: problem.description, suggestion: problem.corrected)
        }
    }

    static func sourceName(_ s: WorkMatch.Source) -> String {
        switch s {
        case .crossref: "Crossref"
        case .openalex: "OpenAlex"
        case .openlibrary: "Open Library"
        case .datacite: "DataCite"
        }
    }

    static func formatted(_ x: Double) -> String { String(format: "%.2f", x) }
}
