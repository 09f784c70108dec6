import Foundation
import Testing
@testable import CiteCheck

@Suite struct ReferenceExtrasTests {
    func reference() -> Reference {
        Reference(id: "r1", note: 1, label: "1", title: "Scholarly Context Not Found",
                  raw: "Klein et al., Scholarly Context Not Found, https://example.org/a, accessed March 3, 2025.")
    }

    @Test func theRarelySetFieldsReadBackWhatWasWritten() {
        var ref = reference()
        #expect(ref.number == nil && ref.accessed == nil && ref.updated == nil && ref.repeats == nil && ref.work == nil)
        ref.number = "A/RES/78/311"
        ref.accessed = PartialDate(year: 2025, month: 3, day: 3)
        ref.updated = PartialDate(year: 2017, month: 4)
        ref.repeats = "r7"
        ref.work = WorkMatch(status: .matched, doi: "10.1371/journal.pone.0115253", score: 0.97)
        #expect(ref.number == "A/RES/78/311")
        #expect(ref.accessed == PartialDate(year: 2025, month: 3, day: 3))
        #expect(ref.updated == PartialDate(year: 2017, month: 4))
        #expect(ref.repeats == "r7")
        #expect(ref.work?.doi == "10.1371/journal.pone.0115253")
        ref.repeats = nil
        #expect(ref.repeats == nil && ref.number == "A/RES/78/311")
    }

    @Test func aCopyDoesNotShareALaterChange() {
        var a = reference()
        a.number = "S/RES/2334"
        var b = a
        b.number = "S/RES/2335"
        b.accessed = PartialDate(year: 2024)
        #expect(a.number == "S/RES/2334" && a.accessed == nil)
        #expect(b.number == "S/RES/2335" && b.accessed == PartialDate(year: 2024))
    }

    @Test func fieldsSetAndClearedAgainCompareAndHashAsNeverSet() {
        let plain = reference()
        var cleared = reference()
        cleared.repeats = "r2"
        cleared.accessed = PartialDate(year: 2020)
        #expect(cleared != plain)
        cleared.repeats = nil
        cleared.accessed = nil
        #expect(cleared == plain)
        #expect(Set([plain, cleared]).count == 1)
    }

    @Test func theJSONIsTheSameAsTheFieldsSay() throws {
        var ref = reference()
        ref.accessed = PartialDate(year: 2025, month: 3, day: 3)
        ref.repeats = "r1"
        let data = try JSONEncoder().encode(ref)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["repeats"] as? String == "r1")
        #expect(object["number"] is NSNull)
        #expect(object["work"] is NSNull)
        #expect(object["updated"] == nil)
        let decoded = try JSONDecoder().decode(Reference.self, from: data)
        #expect(decoded == ref)
        #expect(decoded.accessed == PartialDate(year: 2025, month: 3, day: 3))
    }
}
