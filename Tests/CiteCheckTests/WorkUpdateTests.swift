import Testing
@testable import CiteCheck

@Suite struct WorkUpdateTests {
    @Test func crossrefTypesByStanding() {
        for t in ["retraction", "withdrawal", "Removal", "RETRACTION"] { #expect(WorkUpdate.standing(of: t) == .retracted, "\(t)") }
        for t in ["expression_of_concern", "expression-of-concern", "Expression of concern"] { #expect(WorkUpdate.standing(of: t) == .concern, "\(t)") }
        for t in ["correction", "corrigendum", "erratum", "addendum", "partial_retraction"] { #expect(WorkUpdate.standing(of: t) == .corrected, "\(t)") }
        for t in ["new_version", "clarification", "new_edition"] { #expect(WorkUpdate.standing(of: t) == .other, "\(t)") }
    }

    @Test func theEvidenceAFindingQuotes() {
        let u = WorkUpdate(type: "retraction", notice: "10.1021/acsami.9b11759", source: "retraction-watch",
                           date: PartialDate(year: 2019, month: 7, day: 26), recordID: "20946")
        #expect(u.evidence == "retraction (Retraction Watch, 2019-07-26, notice DOI 10.1021/acsami.9b11759, Retraction Watch record 20946)")
        #expect(WorkUpdate(type: "expression_of_concern").evidence == "expression of concern")
    }
}
