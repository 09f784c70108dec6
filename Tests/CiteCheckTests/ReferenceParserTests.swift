import Testing
@testable import CiteCheck

@Suite struct ReferenceParserTests {
    func parse(_ text: String) -> [Reference] {
        ReferenceParser().parse(note: Note(index: 3, label: "③", kind: .citation, text: text), firstID: 10)
    }

    @Test func cnkiWebsiteNoteWithDocumentNumber() throws {
        let refs = parse("《加强人工智能能力建设方面的国际合作》（A/RES/78/311），联合国网站，2024年7月1日，<https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf> [2025-03-20]。")
        let r = try #require(refs.first)
        #expect(r.id == "r10" && r.note == 3 && r.label == "③")
        #expect(r.title == "加强人工智能能力建设方面的国际合作")
        #expect(r.number == "A/RES/78/311")
        #expect(r.container == "联合国网站")
        #expect(r.date?.description == "2024-07-01")
        #expect(r.urls == ["https://documents.un.org/doc/undoc/gen/n24/197/25/pdf/n2419725.pdf"])
        #expect(r.accessed?.description == "2025-03-20")
        #expect(r.language == "zh")
        #expect(r.authors.isEmpty)
    }

    @Test func chineseDateWithSpaces() throws {
        let r = try #require(parse("《人工智能全球治理行动计划（全文）》，中国外交部网站，2025 年 7 月 26 日，https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202507/t20250726_11677803.shtml [2025-08-09].").first)
        #expect(r.date?.description == "2025-07-26")
        #expect(r.title == "人工智能全球治理行动计划（全文）")
        #expect(r.accessed?.description == "2025-08-09")
    }

    @Test func journalArticleWithIssueAndPages() throws {
        let r = try #require(parse("参见魏钰明、贾开、曾润喜等《DeepSeek突破效应下的人工智能创新发展与治理变革》，《电子政务》2025年第3期，第2—39页。").first)
        #expect(r.authors == ["魏钰明", "贾开", "曾润喜"])
        #expect(r.container == "电子政务")
        #expect(r.date?.description == "2025")
        #expect(r.date?.precision == .year)
        #expect(r.issue == "3")
        #expect(r.pages == "2-39")
        #expect(r.urls.isEmpty && r.accessed == nil)
    }

    @Test func newspaperWithDayPrecision() throws {
        let r = try #require(parse("参见杨冰夷《国际开源合作将打破技术垄断藩篱》，《中国高新技术产业导报》2025 年 8 月 11 日，第 4 版。").first)
        #expect(r.date?.description == "2025-08-11")
        #expect(r.container == "中国高新技术产业导报")
    }

    @Test func nestedTitleMarks() throws {
        let r = try #require(parse("《联合国大会通过具有里程碑意义的〈打击网络犯罪公约〉》，联合国网站，2024年12月24日，<https://news.un.org/zh/story/2024/12/1134601> [2025-03-22]。").first)
        #expect(r.title == "联合国大会通过具有里程碑意义的〈打击网络犯罪公约〉")
    }

    @Test func gbt7714ElectronicResource() throws {
        let r = try #require(parse("国务院. 新一代人工智能发展规划[EB/OL]. (2017-07-20)[2025-03-01]. https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm.").first)
        #expect(r.authors == ["国务院"])
        #expect(r.title == "新一代人工智能发展规划")
        #expect(r.date?.description == "2017-07-20")
        #expect(r.accessed?.description == "2025-03-01")
        #expect(r.urls == ["https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm"])
    }

    @Test func gbt7714JournalArticle() throws {
        let r = try #require(parse("张三, 李四. 人工智能治理研究[J]. 国际问题研究, 2020, 12(3): 45-67.").first)
        #expect(r.authors == ["张三", "李四"])
        #expect(r.title == "人工智能治理研究")
        #expect(r.container == "国际问题研究")
        #expect(r.date?.description == "2020")
        #expect(r.volume == "12" && r.issue == "3" && r.pages == "45-67")
    }

    @Test func chicagoJournalArticle() throws {
        let r = try #require(parse("Huw Roberts, Emmie Hine, Mariarosaria Taddeo and Luciano Floridi, “Global AI Governance: Barriers and Pathways Forward”, *International Affairs*, Vol. 100, Iss. 3, May 2024, pp. 1275-1286.").first)
        #expect(r.authors == ["Huw Roberts", "Emmie Hine", "Mariarosaria Taddeo", "Luciano Floridi"])
        #expect(r.title == "Global AI Governance: Barriers and Pathways Forward")
        #expect(r.container == "International Affairs")
        #expect(r.volume == "100" && r.issue == "3" && r.pages == "1275-1286")
        #expect(r.date?.description == "2024-05")
        #expect(r.language == "en")
    }

    @Test func chicagoWebPageWithAccessedInParentheses() throws {
        let r = try #require(parse("Jane Roe, \"Why Links Rot,\" The Example Review, March 3, 2024, https://review.example.org/2024/03/03/why-links-rot/ (accessed March 5, 2025).").first)
        #expect(r.title == "Why Links Rot")
        #expect(r.container == "The Example Review")
        #expect(r.date?.description == "2024-03-03")
        #expect(r.accessed?.description == "2025-03-05")
        #expect(r.urls == ["https://review.example.org/2024/03/03/why-links-rot/"])
    }

    @Test func retrievedFromForm() throws {
        let r = try #require(parse("World Health Organization. “Ethics and Governance of AI for Health”, 28 June 2021. Retrieved March 3, 2025, from https://www.who.int/publications/i/item/9789240029200").first)
        #expect(r.date?.description == "2021-06-28")
        #expect(r.accessed?.description == "2025-03-03")
        #expect(r.urls == ["https://www.who.int/publications/i/item/9789240029200"])
    }

    @Test func corporateAuthorWithCommasStaysWhole() throws {
        let r = try #require(parse("United Nations Educational, Scientific and Cultural Organization, “AI Ethics”, February 05, 2024, <https://www.unesco.org/en/articles/ai-ethics> [2025-04-10].").first)
        #expect(r.authors == ["United Nations Educational, Scientific and Cultural Organization"])
        #expect(r.date?.description == "2024-02-05")
    }

    @Test func severalReferencesInOneNote() {
        let refs = parse("参见姜珺吉、张贵洪 《联合国为引领人工智能全球治理再发力》，《世界知识》2025年第22期，第56页；Jared Perla “U. S. Rejects International AI Oversight at U. N. General Assembly”, NBC News, September 27, 2025, <https://www.nbcnews.com/tech/tech-news/us-rejects-international-ai-oversight-un-general-assembly-rcna233478> [2025-11-08].")
        #expect(refs.map(\.id) == ["r10", "r11"])
        #expect(refs.map(\.language) == ["zh", "en"])
        #expect(refs[1].urls.count == 1 && refs[0].urls.isEmpty)
        #expect(refs[1].accessed?.description == "2025-11-08")
        #expect(refs[0].accessed == nil)
    }

    @Test func semicolonInsideProseDoesNotSplit() {
        let refs = parse("Jane Roe, “Rot; Drift; Decay”, Example Journal, 2020, pp. 1-2.")
        #expect(refs.count == 1)
        #expect(refs.first?.title == "Rot; Drift; Decay")
    }

    @Test func commentNoteCitesNothing() {
        #expect(parse("“布鲁塞尔效应”是指欧盟凭借其庞大的市场规模和严格的监管法规，单方面影响全球商业标准的现象。典型例子包括《通用数据保护条例》(GDPR)。").isEmpty)
        #expect(parse("结合相关外交表述，本文认为“主渠道”并非指某一主体具有排他性的主导权。").isEmpty)
    }

    @Test func doiInEveryWrittenForm() {
        #expect(parse("Jane Roe, “A”, Example Journal, 2020. DOI: 10.1000/xyz123.").first?.doi == "10.1000/xyz123")
        #expect(parse("Jane Roe, “A”, Example Journal, 2020, doi:10.1000/ABC.").first?.doi == "10.1000/ABC")
        let r = parse("Jane Roe, “A”, Example Journal, 2020, https://doi.org/10.1007/s43681-021-00083-y.").first
        #expect(r?.doi == "10.1007/s43681-021-00083-y")
        #expect(r?.urls == ["https://doi.org/10.1007/s43681-021-00083-y"])
    }

    @Test func nothingInventedForWhatIsNotUnderstood() throws {
        let r = try #require(parse("Some untitled memo, 2021, https://memo.example.net/x").first)
        #expect(r.title == nil)
        #expect(r.date?.description == "2021")
        #expect(r.raw == "Some untitled memo, 2021, https://memo.example.net/x")
    }

    @Test func impossibleAccessDateIsNotGuessed() throws {
        let r = try #require(parse("《某文》，某网站，2024年2月3日，https://a.example.cn/x [2025-02-30]。").first)
        #expect(r.accessed == nil)
        #expect(r.urls == ["https://a.example.cn/x"])
    }
}

/// Inputs `make fuzz` found crashing the parser (Fixtures/fuzz/reference/), kept as regressions.
@Suite struct ReferenceParserFuzzRegressionTests {
    @Test func anUnclosedStraightQuoteAfterTheAuthorsIsNotATitle() throws {
        // `balanced("\"", "\"")` took the opening quote for its own close: an inverted title range trapped.
        let text = try String(contentsOfFile: Fixtures.path("fuzz/reference/unclosed-straight-quote-after-authors.txt"), encoding: .utf8)
        let note = Note(index: 1, label: "1", kind: .citation, text: text)
        _ = ReferenceParser().parse(note: note, firstID: 1)
        #expect(ReferenceParser().parse(work: note).count == 1)
        // Closed, the same quotes still give the title.
        let closed = Note(index: 1, label: "1", kind: .citation, text: text + "ry of Everything\", Journal of Examples, 2020.")
        #expect(ReferenceParser().parse(work: closed).first?.title == "LivTheory of Everything")
    }
}
