import Testing
@testable import CiteCheck

/// English entries as APA, Chicago, MLA, IEEE, Vancouver and Harvard print them, with italic titles
/// arriving as plain text.
@Suite struct EnglishCitationStyleTests {
    func parse(_ text: String) throws -> Reference {
        try #require(ReferenceParser().parse(note: Note(index: 1, label: "1", kind: .citation, text: text), firstID: 1).first)
    }

    @Test func apaBookWithEdition() throws {
        let r = try parse("Kowalski, A., de Vries, B. A., Taddeo, S.-J., & Brügger, H. (2020). Scholarly Communication: Evidence from 3.5 Million Articles (5th ed.). Yale University Press.")
        #expect(r.authors.first == "Kowalski, A.")
        #expect(r.authors.count == 4)
        #expect(r.title == "Scholarly Communication: Evidence from 3.5 Million Articles")
        #expect(r.date?.description == "2020")
        #expect(r.container == "Yale University Press")
    }

    @Test func apaNewspaperWithFullDate() throws {
        let r = try parse("Zittrain, M. (2022, April 5). Why Machine Learning Reproducibility Matters for Science. Financial Times, 2.")
        #expect(r.date?.description == "2022-04-05")
        #expect(r.title == "Why Machine Learning Reproducibility Matters for Science")
        #expect(r.container == "Financial Times")
    }

    @Test func apaReportNumberIsNotTheContainer() throws {
        let r = try parse("U.S. Department of Energy. (2021). Who Cares About Content Drift? A Survey: Final Report (EUR 30113 EN). Internet Archive. https://zenodo.org/x.pdf")
        #expect(r.authors == ["U.S. Department of Energy"])
        #expect(r.title == "Who Cares About Content Drift? A Survey: Final Report")
        #expect(r.container == "Internet Archive")
    }

    @Test func chicagoNotesBookInPlainText() throws {
        let r = try parse("A. Kowalski et al., Scholarly Communication: Evidence from 3.5 Million Articles, 5th ed. (Yale University Press, 2020).")
        #expect(r.authors == ["A. Kowalski"])
        #expect(r.title == "Scholarly Communication: Evidence from 3.5 Million Articles")
        #expect(r.container == "Yale University Press")
        #expect(r.date?.description == "2020")
    }

    @Test func chicagoJournalVolumeIsNotPartOfTheContainer() throws {
        let r = try parse("Zittrain, S. “The State of Artificial Intelligence Governance, 2010 to 2024”. Research Policy 15, no. 4 (2019): 171–84. https://doi.org/10.1002/3397680.3316082.")
        #expect(r.container == "Research Policy")
        #expect(r.date?.description == "2019")
        #expect(r.doi == "10.1002/3397680.3316082")
    }

    @Test func chicagoAuthorDateNewspaper() throws {
        let r = try parse("Zittrain, M. 2022. “Why Machine Learning Reproducibility Matters for Science”. Financial Times, April 5. Edition.")
        #expect(r.date?.description == "2022-04-05")
        #expect(r.authors == ["Zittrain, M."])
    }

    @Test func yearInsideAContainerNameIsNotTheDate() throws {
        let r = try parse("H. Smith et al., “Mitigating Metadata Quality with Robust Links”, Proceedings of the Web Conference 2021 (New Haven), 2002, 798–815.")
        #expect(r.date?.description == "2002")
        #expect(r.container == "Proceedings of the Web Conference 2021")
    }

    @Test func mlaBookWithEdition() throws {
        let r = try parse("Kowalski, A., et al. Scholarly Communication: Evidence from 3.5 Million Articles. 5th ed., Yale University Press, 2020.")
        #expect(r.authors == ["Kowalski, A."])
        #expect(r.container == "Yale University Press")
    }

    @Test func ieeeCorporateAuthorAndAccessDate() throws {
        let r = try parse("International Organization for Standardization, Framework for AI systems using machine learning, ISO/IEC 23053:2022, Geneva., 2021.")
        #expect(r.authors == ["International Organization for Standardization"])
        #expect(r.title == "Framework for AI systems using machine learning")
        #expect(r.date?.description == "2021")
        let web = try parse("R. K. Tanaka and G. K. Sanderson, “Web Archiving”, The New York Times. Accessed: Dec. 07, 2024. [Online]. Available: https://github.com/x")
        #expect(web.accessed?.description == "2024-12-07")
        #expect(web.date == nil)
    }

    @Test func chineseNamesInAnEnglishStyle() throws {
        let r = try parse("何开 and 孙刚, 乡村振兴战略中的国际合作, 5th ed. (科学出版社, 2017).")
        #expect(r.authors == ["何开", "孙刚"])
        #expect(r.title == "乡村振兴战略中的国际合作")
        #expect(r.container == "科学出版社")
        let apa = try parse("司马静, & 赵涛. (1998, May). 我国全球数字治理的路径选择. 情报学报, 54(12), 121–129.")
        #expect(apa.title == "我国全球数字治理的路径选择")
        #expect(apa.date?.description == "1998-05")
        #expect(apa.container == "情报学报")
    }

    @Test func vancouverJournalAndCitedDate() throws {
        let r = try parse("Lindqvist LA, Ainsworth ML, Dubois LK, et al. Who Cares About Citation Accuracy? A Survey. PLOS ONE [Internet]. 2022 [cited 2024Jan28];30(4):458–63. Available from: https://www.nature.com/x doi:10.1007/s00799-076-0107-7")
        #expect(r.authors.first == "Lindqvist LA")
        #expect(r.title == "Who Cares About Citation Accuracy? A Survey")
        #expect(r.container == "PLOS ONE")
        #expect(r.accessed?.description == "2024-01-28")
        #expect(r.date?.description == "2022")
    }

    @Test func harvardAccessedInParentheses() throws {
        let r = try parse("Tanaka, R.K. and Sanderson, G.K. (2024) “Web Archiving”, The New York Times. Available at: https://github.com/x (Accessed: December 7, 2024).")
        #expect(r.authors.first == "Tanaka, R.K.")
        #expect(r.date?.description == "2024")
        #expect(r.accessed?.description == "2024-12-07")
        #expect(r.container == "The New York Times")
    }

    @Test func titleFirstWhenNoAuthorIsPrinted() throws {
        let r = try parse("Artificial Intelligence Act (1992). https://example.org/act")
        #expect(r.title == "Artificial Intelligence Act")
        #expect(r.authors.isEmpty)
        #expect(r.date?.description == "1992")
    }
}
