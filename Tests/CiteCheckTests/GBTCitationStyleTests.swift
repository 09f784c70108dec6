import Testing
@testable import CiteCheck

/// GB/T 7714-2015 entries through the reference parser, one per document type and form.
@Suite struct GBTCitationStyleTests {
    func parse(_ text: String) throws -> Reference {
        try #require(ReferenceParser().parse(note: Note(index: 1, label: "1", kind: .citation, text: text), firstID: 1).first)
    }

    @Test func corporateReportOnline() throws {
        let r = try parse("United Nations. Governing AI for Humanity: Final Report[R/OL]. (2024-09-19)[2025-03-09]. https://www.un.org/sites/un2.un.org/files/governing_ai_for_humanity_final_report_en.pdf.")
        #expect(r.authors == ["United Nations"])
        #expect(r.title == "Governing AI for Humanity: Final Report")
        #expect(r.date?.description == "2024-09-19")
        #expect(r.accessed?.description == "2025-03-09")
    }

    @Test func chineseCorporateAuthorMonthOnly() throws {
        let r = try parse("国际电信联盟. 2025年人工智能造福人类全球峰会报告[R/OL]. (2025-07)[2025-08-01]. https://www.itu.int/x.")
        #expect(r.authors == ["国际电信联盟"])
        #expect(r.title == "2025年人工智能造福人类全球峰会报告")
        #expect(r.date?.description == "2025-07")
    }

    @Test func newspaperDateWithItsPage() throws {
        let r = try parse("丁文锋. 经济现代化模式研究[N]. 光明日报, 2015-12-17(2).")
        #expect(r.date?.description == "2015-12-17")
        #expect(r.pages == "2")
        #expect(r.container == "光明日报")
    }

    @Test func journalArticleVolumeIssuePages() throws {
        let r = try parse("KLEIN M, ZITTRAIN J, JONES K, 等. Scholarly context not found[J]. PLOS ONE, 2014, 9(12): 115253-115260.")
        #expect(r.authors == ["KLEIN M", "ZITTRAIN J", "JONES K"])
        #expect(r.container == "PLOS ONE")
        #expect(r.volume == "9" && r.issue == "12")
        #expect(r.date?.description == "2014")
    }

    @Test func translatedBookWithEditionAndPlacePublisher() throws {
        let r = try parse("王娜, 欧阳杰. 数字经济发展研究[M]. TADDEO Y J, 译. 2 版. 北京: 科学出版社, 2006.")
        #expect(r.authors == ["王娜", "欧阳杰"])
        #expect(r.title == "数字经济发展研究")
        #expect(r.container == "科学出版社")
        #expect(r.date?.description == "2006")
    }

    @Test func partOfACollectedWork() throws {
        let r = try parse("司马芳, 孙勇. 数字经济发展研究[M]//何艳, 刘霞, 胡平. 智慧城市建设中的国际合作. 北京: 北京大学出版社, 2002: 6-13.")
        #expect(r.title == "数字经济发展研究")
        #expect(r.container == "智慧城市建设中的国际合作")
        #expect(r.pages == "6-13")
        #expect(r.date?.description == "2002")
    }

    @Test func standardNumberLeavesTheTitle() throws {
        let r = try parse("全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.")
        #expect(r.title == "信息与文献 参考文献著录规则")
        #expect(r.number == "GB/T 7714—2015")
    }

    @Test func authorYearSystem() throws {
        let r = try parse("U.S. DEPARTMENT OF ENERGY, 2021. Who Cares About Content Drift? A Survey[R/OL]. Geneva: Internet Archive. https://example.org/r.pdf.")
        #expect(r.authors == ["U.S. DEPARTMENT OF ENERGY"])
        #expect(r.title == "Who Cares About Content Drift? A Survey")
        #expect(r.date?.description == "2021")
        #expect(r.container == "Internet Archive")
    }

    @Test func everyTypeCodeAndCarrier() throws {
        for code in ["M", "C", "N", "J", "D", "R", "S", "P", "DB", "CP", "EB", "A", "Z", "G", "M/CD", "J/OL", "DB/OL", "CP/DK", "M/MT"] {
            let r = try parse("张三. 某题名[\(code)]. 北京: 某出版社, 2020.")
            #expect(r.title == "某题名", "\(code)")
            #expect(r.authors == ["张三"], "\(code)")
        }
    }

    @Test func withoutTheTypeTag() throws {
        let r = try parse("杨丽, 刘艳. 碳达峰与碳中和中的国际合作. 科技导报, 1999, 58(4): 130-140.")
        #expect(r.authors == ["杨丽", "刘艳"])
        #expect(r.title == "碳达峰与碳中和中的国际合作")
        #expect(r.container == "科技导报")
        #expect(r.date?.description == "1999")
    }
}
