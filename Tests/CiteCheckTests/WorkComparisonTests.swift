import Testing
@testable import CiteCheck

@Suite struct WorkComparisonTests {
    let record = WorkRecord(doi: "10.5555/ai-soc.2020.992", title: "The Chinese approach to artificial intelligence",
                            subtitle: "an analysis of policy, ethics, and regulation", year: 2020, container: "AI & SOCIETY",
                            authors: [.init(given: "Huw", family: "Roberts"), .init(given: "Josh", family: "Cowls")])

    func ref(_ title: String?, _ year: Int?, _ authors: [String]) -> Reference {
        Reference(id: "r1", note: 1, label: "1", authors: authors, title: title,
                  date: year.flatMap { PartialDate(year: $0) }, raw: "")
    }

    @Test func sameWorkWithSubtitleAndPrintYear() {
        let c = WorkComparison(record: record, reference: ref(
            "The Chinese approach to artificial intelligence: an analysis of policy, ethics, and regulation", 2021, ["Huw Roberts"]))
        #expect(c.title == .agrees && c.year == .agrees && c.firstAuthor == .agrees)
        #expect(c.titleSimilarity == 1)
        #expect(!c.isDifferentWork)
    }

    @Test func differentWorkWhenTitleYearAndAuthorDisagree() {
        let c = WorkComparison(record: record, reference: ref("Protein structure prediction at scale", 2017, ["Anna Weber"]))
        #expect(c.title == .disagrees && c.year == .disagrees && c.firstAuthor == .disagrees)
        #expect(c.isDifferentWork)
    }

    @Test func aTitleAloneIsNotEnough() {
        // A translated title differs from the registry's; with nothing else to compare, no verdict.
        let c = WorkComparison(record: record, reference: ref("中国的人工智能路径", nil, []))
        #expect(c.title == .disagrees && c.year == .unknown && c.firstAuthor == .unknown)
        #expect(!c.isDifferentWork)
        // Same author, other title: perhaps a translation; not called a different work.
        #expect(!WorkComparison(record: record, reference: ref("中国的人工智能路径", 2017, ["Huw Roberts"])).isDifferentWork)
    }

    @Test func familyNamesInEitherOrderAndChineseNames() {
        #expect(WorkComparison.compareFirstAuthor("Roberts, Huw", .init(given: "Huw", family: "Roberts")) == .agrees)
        #expect(WorkComparison.compareFirstAuthor("H. Roberts", .init(given: "Huw", family: "Roberts")) == .agrees)
        #expect(WorkComparison.compareFirstAuthor("Anna Weber", .init(given: "Huw", family: "Roberts")) == .disagrees)
        #expect(WorkComparison.compareFirstAuthor("贾开", .init(given: "开", family: "贾")) == .agrees)
        #expect(WorkComparison.compareFirstAuthor("贾开", .init(given: "Kai", family: "Jia")) == .disagrees)
        #expect(WorkComparison.compareFirstAuthor("UNESCO", .init(name: "UNESCO")) == .agrees)
        #expect(WorkComparison.compareFirstAuthor(nil, .init(name: "UNESCO")) == .unknown)
    }
}
