import Testing
@testable import CiteCheck

@Suite struct WorkCheckTests {
    static func ref(_ id: String, _ authors: [String], _ title: String, _ year: Int, doi: String? = nil, raw: String? = nil) -> Reference {
        Reference(id: id, note: Int(id.dropFirst())!, label: String(id.dropFirst()), authors: authors, title: title,
                  container: "Journal of Examples", date: PartialDate(year: year), volume: "1", doi: doi,
                  raw: raw ?? "\(authors.first ?? ""), \"\(title)\", Journal of Examples, Vol. 1, \(year)" + (doi.map { ", doi:\($0)" } ?? ""))
    }

    static func record(_ doi: String, _ title: String, _ family: String, _ year: Int) -> WorkRecord {
        WorkRecord(doi: doi, title: title, year: year, container: "Journal of Examples", authors: [.init(given: "A", family: family)])
    }

    static func lookups(_ entries: [(Reference, [WorkRecord], [String])]) -> WorkLookups {
        var l = WorkLookups()
        for (ref, hits, failures) in entries {
            var e = WorkEvidence(kind: .article)
            e.candidates = hits.map { .init(record: $0, source: .crossref) }
            e.failures = failures
            l.evidence[ref.id] = e
        }
        return l
    }

    @Test func notFoundIsAWarningWithTheClosestCandidate() {
        let r = Self.ref("r1", ["Rajesh Patel"], "Transformer models for early sepsis prediction", 2021)
        let near = Self.record("10.5555/near", "Machine learning for the prediction of sepsis", "Fleuren", 2020)
        let v = WorkCheck.evaluate(references: [r], lookups: Self.lookups([(r, [near], [])]))
        #expect(v.works["r1"]?.status == .notFound)
        #expect(v.findings.map(\.kind) == [.workNotFound] && v.findings[0].severity == .warning)
        #expect(v.findings[0].message.contains("it may be mis-cited or fabricated") && v.findings[0].message.contains("10.5555/near"))
    }

    @Test func aCatalogueThatDidNotAnswerMakesItUnverifiedNeverNotFound() {
        let r = Self.ref("r1", ["Rajesh Patel"], "Transformer models for early sepsis prediction", 2021)
        let near = Self.record("10.5555/near", "Machine learning for the prediction of sepsis", "Fleuren", 2020)
        let v = WorkCheck.evaluate(references: [r], lookups: Self.lookups([(r, [near], ["OpenAlex: HTTP 429"])]))
        #expect(v.works["r1"]?.status == .unverified && v.findings.isEmpty)
    }

    @Test func aMatchedWorkCitedWithoutADOIGetsItSuggested() {
        let r = Self.ref("r1", ["Kate Smith"], "Algorithmic accountability in public administration", 2021)
        let hit = Self.record("10.5555/par.2021.13", "Algorithmic accountability in public administration", "Smith", 2021)
        let v = WorkCheck.evaluate(references: [r], lookups: Self.lookups([(r, [hit], [])]))
        #expect(v.works["r1"] == WorkMatch(status: .matched, doi: "10.5555/par.2021.13",
                                           title: "Algorithmic accountability in public administration", source: .crossref, score: 1))
        #expect(v.findings.map(\.kind) == [.doiSuggested] && v.findings[0].suggestion == "10.5555/par.2021.13")
        // …but not when the DOI check already suggested it.
        let said = Finding(kind: .doiSuggested, severity: .info, reference: "r1", message: "m", suggestion: "10.5555/par.2021.13")
        #expect(WorkCheck.evaluate(references: [r], lookups: Self.lookups([(r, [hit], [])]), doiFindings: [said]).findings.isEmpty)
    }

    @Test func aRealDOIOnAnotherWorkOfTheSameAuthorIsAMismatch() {
        let r = Self.ref("r1", ["Luciano Floridi"], "Translating principles into practices of digital ethics", 2019, doi: "10.5555/ai4people")
        let other = Self.record("10.5555/ai4people", "AI4People: an ethical framework for a good AI society", "Floridi", 2018)
        let right = Self.record("10.5555/translating", "Translating principles into practices of digital ethics", "Floridi", 2019)
        var l = Self.lookups([(r, [right, other], [])])
        l.doiLookups["10.5555/ai4people"] = DOILookup(doi: DOI("10.5555/ai4people")!, registration: .registered(url: nil),
                                                      agency: .crossref, record: other)
        let v = WorkCheck.evaluate(references: [r], lookups: l)
        #expect(v.findings.map(\.kind) == [.doiMismatch])
        #expect(v.findings[0].severity == .error && v.findings[0].suggestion == "10.5555/translating")
    }

    @Test func retractionsConcernsAndCorrectionsOfCitedAndMatchedDOIs() {
        var retracted = Self.record("10.5555/r", "A retracted study", "Roe", 2010)
        retracted.updates = [WorkUpdate(type: "retraction", notice: "10.5555/r.n", source: "publisher"),
                             WorkUpdate(type: "retraction", notice: "10.5555/r.n", source: "retraction-watch",
                                        date: PartialDate(year: 2012, month: 3, day: 1), recordID: "77")]
        var concern = Self.record("10.5555/c", "A questioned study", "Doe", 2015)
        concern.updates = [WorkUpdate(type: "expression_of_concern", notice: "10.5555/c.n", source: "publisher")]
        var corrected = Self.record("10.5555/k", "A corrected study", "Kay", 2016)
        corrected.updates = [WorkUpdate(type: "erratum", notice: "10.5555/k.n", source: "publisher")]
        let withdrawn = Self.record("10.5555/w", "A withdrawn study", "Wu", 2017)
        let refs = [Self.ref("r1", ["J. Roe"], "A retracted study", 2010, doi: "10.5555/r"),
                    Self.ref("r2", ["J. Doe"], "A questioned study", 2015),
                    Self.ref("r3", ["K. Kay"], "A corrected study", 2016),
                    Self.ref("r4", ["W. Wu"], "A withdrawn study", 2017)]
        var l = Self.lookups([(refs[0], [retracted], []), (refs[1], [concern], []), (refs[2], [corrected], []), (refs[3], [withdrawn], [])])
        l.doiLookups["10.5555/r"] = DOILookup(doi: DOI("10.5555/r")!, registration: .registered(url: nil), agency: .crossref, record: retracted)
        var notice = Self.record("10.5555/r.n", "Retraction notice", "Editors", 2012)
        notice.updateTo = [WorkUpdate(type: "retraction", notice: "10.5555/r", source: "publisher")]
        l.notices["10.5555/r.n"] = notice
        var flag = withdrawn
        flag.isRetracted = true
        l.openAlex["10.5555/w"] = flag
        let v = WorkCheck.evaluate(references: refs, lookups: l)
        let standing = v.findings.filter { $0.kind != .doiSuggested }
        #expect(standing.map(\.kind) == [.retractedWork, .expressionOfConcern, .correctedWork, .retractedWork])
        #expect(standing.map(\.severity) == [.error, .warning, .info, .error])
        // Both sources of the one notice in one finding, its date, its record id, and the notice confirming it.
        #expect(standing[0].message.contains("publisher and Retraction Watch, 2012-03-01, notice DOI 10.5555/r.n, Retraction Watch record 77"))
        #expect(standing[0].message.contains("lists this DOI under update-to") && standing[0].suggestion == "https://doi.org/10.5555/r.n")
        #expect(standing[3].message.contains("OpenAlex (is_retracted)"))
        #expect(v.retracted == ["10.5555/r": true, "10.5555/c": false, "10.5555/k": false, "10.5555/w": true])
    }

    @Test func isbnChecksNeedNoNetwork() {
        let r = Reference(id: "r1", note: 1, label: "1", title: "Algorithms of Oppression",
                          raw: "Safiya Umoja Noble, *Algorithms of Oppression*, NYU Press, 2018, ISBN 978-1-4798-3724-8.")
        let v = WorkCheck.evaluate(references: [r], lookups: WorkLookups())
        #expect(v.findings.map(\.kind) == [.isbnInvalid] && v.findings[0].severity == .error)
        #expect(v.findings[0].suggestion == "9781479837243" && v.works.isEmpty)
    }
}
