import Testing
@testable import CiteCheck

/// The whole seed paper, not a sample: every note, every reference, every URL byte for byte.
@Suite struct SeedPaperTests {
    let parsed: ParsedPaper

    init() throws {
        parsed = try PaperParser().parse(path: Fixtures.seedPaper)
    }

    @Test func countsNotesCommentsAndReferences() {
        #expect(parsed.notes.count == 71)
        #expect(parsed.notes.filter { $0.kind == .comment }.map(\.index) == [7, 62])
        #expect(parsed.references.count == 74)
        #expect(parsed.references.reduce(0) { $0 + $1.urls.count } == 57)
    }

    @Test func everyReferenceMatchesTheHandCheckedList() throws {
        let lines = try Fixtures.text("seed-paper.expected.tsv").split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == parsed.references.count)
        for (line, ref) in zip(lines, parsed.references) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(ref.id == f[0])
            #expect(String(ref.note) == f[1], "\(ref.id)")
            #expect(ref.label == f[2], "\(ref.id)")
            #expect((ref.date?.description ?? "-") == f[3], "\(ref.id) date")
            #expect((ref.accessed?.description ?? "-") == f[4], "\(ref.id) accessed")
            #expect((ref.title ?? "-") == f[5], "\(ref.id) title")
            #expect((ref.urls.isEmpty ? "-" : ref.urls.joined(separator: " ")) == f[6], "\(ref.id) urls")
        }
    }

    @Test func multiReferenceNotesAreSplit() {
        let counts = Dictionary(grouping: parsed.references, by: \.note).mapValues(\.count)
        #expect(counts.filter { $0.value > 1 }.keys.sorted() == [1, 32, 56, 61, 63])
    }

    @Test func labelsRestartOnEveryPage() {
        #expect(parsed.notes[6].label == "①")
        #expect(parsed.notes[7].label == "②")
        #expect(parsed.notes[8].label == "①")
    }

    @Test func notesKeepTheSentenceThatCitesThem() {
        #expect(parsed.notes[0].context?.hasSuffix("并鲜少论及联合国与其他主体的治理互动。") == true)
        // Note 7's sentence starts on one page and ends on the next, around a block of notes.
        #expect(parsed.notes[6].context?.hasPrefix("此举既在现实层面回应了全球人工智能治理碎片化与竞争性并存的格局") == true)
        #expect(parsed.notes.allSatisfy { $0.context != nil })
    }

    @Test func readsThePapersOwnMetadata() {
        #expect(parsed.paper.doi == "10.19780/j.cnki.ytaq.2026.3.7")
        #expect(parsed.paper.received?.description == "2025-09-08")
        #expect(parsed.paper.published?.description == "2026-05-14")
        #expect(parsed.paper.title?.hasPrefix("以联合国为“主渠道”") == true)
    }
}
