import Testing
@testable import CiteCheck

@Suite struct WorkMatcherTests {
    static func ref(_ authors: [String], _ title: String, _ container: String?, _ year: Int?) -> Reference {
        Reference(id: "r1", note: 1, label: "1", authors: authors, title: title, container: container,
                  date: year.flatMap { PartialDate(year: $0) }, raw: title)
    }

    static func work(_ doi: String?, _ title: String, _ family: String, _ container: String?, _ year: Int, subtitle: String? = nil) -> WorkRecord {
        WorkRecord(doi: doi, title: title, subtitle: subtitle, year: year, container: container, authors: [.init(given: "A", family: family)])
    }

    static let floridi = ref(["Luciano Floridi"], "Translating Principles into Practices of Digital Ethics: Five Risks of Being Unethical",
                             "Philosophy & Technology", 2019)

    @Test func theRightWorkAmongNearMisses() {
        let hits = [
            Self.work("10.1007/s11023-018-9482-5", "AI4People—An Ethical Framework for a Good AI Society", "Floridi", "Minds and Machines", 2018),
            Self.work("10.1007/s13347-019-00354-x", "Translating Principles into Practices of Digital Ethics", "Floridi", "Philosophy & Technology", 2019,
                      subtitle: "Five Risks of Being Unethical"),
        ]
        let d = WorkMatcher.decide(Self.floridi, candidates: hits.map { ($0, .crossref) })
        #expect(d.match.status == .matched && d.match.doi == "10.1007/s13347-019-00354-x" && d.match.score == 1)
        #expect(d.match.title == "Translating Principles into Practices of Digital Ethics: Five Risks of Being Unethical")
    }

    @Test func candidatesAlwaysComeBackAndALowFitIsNotFound() {
        let fabricated = Self.ref(["Rajesh Patel"], "Transformer Models for Early Sepsis Prediction in Intensive Care Units", "Nature Medicine", 2021)
        let near = Self.work("10.1038/s41591-018-0213-5", "The Artificial Intelligence Clinician learns optimal treatment strategies for sepsis in intensive care",
                             "Komorowski", "Nature Medicine", 2018)
        let d = WorkMatcher.decide(fabricated, candidates: [(near, .crossref)])
        #expect(d.match.status == .notFound && d.match.doi == nil && (d.match.score ?? 1) < WorkMatcher.minimumFit)
        let differs = WorkMatcher.differences(d.best!, reference: fabricated)
        #expect(differs.contains { $0.hasPrefix("title ") } && differs.contains("first author A Komorowski, not Rajesh Patel")
                && differs.contains("year 2018, not 2021"))
        #expect(WorkMatcher.decide(fabricated, candidates: []).match == WorkMatch(status: .notFound, score: 0))
    }

    @Test func aTitleThatOnlyResemblesNeedsAuthorAndYear() {
        // A fabricated extension of a real title by a different author does not fit.
        let cited = Self.ref(["Chen Lei"], "Algorithmic accountability in public administration in China", "Public Administration Review", 2021)
        let real = Self.work("10.5555/par", "Algorithmic accountability in public administration", "Smith", "Public Administration Review", 2021)
        #expect(WorkMatcher.decide(cited, candidates: [(real, .crossref)]).match.status == .notFound)
        // The same title with its author and year agreeing does.
        let same = Self.ref(["Kate Smith"], "Algorithmic accountability in public administration in China", "Public Administration Review", 2021)
        #expect(WorkMatcher.decide(same, candidates: [(real, .crossref)]).match.status == .matched)
    }

    @Test func versionsOfOneWorkAreOneAndTwoWorksAreAmbiguous() {
        let r = Self.ref(["Anna Smith"], "Global governance of artificial intelligence", "Global Policy", 2022)
        let preprint = Self.work(nil, "Global governance of artificial intelligence", "Smith", "SSRN", 2022)
        let article = Self.work("10.5555/gov.1", "Global Governance of Artificial Intelligence", "Smith", "Global Policy", 2022)
        let versions = WorkMatcher.decide(r, candidates: [(preprint, .openalex), (article, .crossref)])
        #expect(versions.match.status == .matched && versions.match.doi == "10.5555/gov.1")
        let other = Self.work("10.5555/gov.2", "Global governance of artificial intelligence", "Jones", "Global Policy", 2022)
        let twoWorks = WorkMatcher.decide(Self.ref([], "Global governance of artificial intelligence", "Global Policy", 2022),
                                          candidates: [(article, .crossref), (other, .crossref)])
        #expect(twoWorks.match.status == .ambiguous && twoWorks.rival != nil)
    }

    @Test func containerNamesAndAbbreviations() {
        #expect(WorkMatcher.containerAgreement("AI & Society", "AI & SOCIETY") == .agrees)
        #expect(WorkMatcher.containerAgreement("Nat. Mach. Intell.", "Nature Machine Intelligence") == .agrees)
        #expect(WorkMatcher.containerAgreement("Nature", "Nature Machine Intelligence") == .unknown)
        #expect(WorkMatcher.containerAgreement("Bioinformatics Letters", "Public Administration Review") == .disagrees)
        #expect(WorkMatcher.containerAgreement(nil, "Nature") == .unknown)
    }

    @Test func chineseTitlesByCharacters() {
        let r = Self.ref(["贾开"], "人工智能治理的三个基本问题：技术逻辑、风险挑战与公共政策选择", "中国行政管理", 2017)
        let record = WorkRecord(doi: "10.3782/x", title: "人工智能治理的三个基本问题：技术逻辑、风险挑战与公共政策选择", year: 2017,
                                container: "中国行政管理", authors: [.init(given: "开", family: "贾")])
        let near = WorkRecord(doi: "10.3969/y", title: "全球人工智能治理的中国方案", year: 2022, container: "国际问题研究",
                              authors: [.init(given: "华", family: "李")])
        #expect(WorkMatcher.decide(r, candidates: [(near, .crossref), (record, .crossref)]).match.doi == "10.3782/x")
        #expect(WorkMatcher.decide(r, candidates: [(near, .crossref)]).match.status == .notFound)
    }
}
