import Testing
@testable import CiteCheck

@Test func normaliseFoldsWidthCaseAndPunctuation() {
    #expect(TitleNormalizer.normalize("ＡＩ治理：全球对话") == "ai治理 全球对话")
    #expect(TitleNormalizer.normalize("  The U.N.’s “Blueprint” — for AI!  ") == "the u n s blueprint for ai")
    #expect(TitleNormalizer.normalize("《全球数字契约》（A/RES/79/1）") == "全球数字契约 a res 79 1")
    #expect(TitleNormalizer.normalize("") == "")
    #expect(TitleNormalizer.normalize("聯合國大會通過人工智慧決議") == "联合国大会通过人工智慧决议")
}

@Test func tokensAreWordsOrCharacterPairs() {
    #expect(TitleNormalizer.tokens("Global AI governance") == ["global", "ai", "governance"])
    #expect(TitleNormalizer.tokens("人工智能") == ["人工", "工智", "智能"])
    #expect(TitleNormalizer.tokens("AI治理") == ["ai", "治理"])
    #expect(TitleNormalizer.tokens("中 国") == ["中", "国"])
}

@Test func siteNamesAreSplitOff() {
    #expect(TitleNormalizer.split("A title | RAND") == ["A title", "RAND"])
    #expect(TitleNormalizer.split("Microsoft at the 79th session - Microsoft On the Issues") == ["Microsoft at the 79th session", "Microsoft On the Issues"])
    #expect(TitleNormalizer.split("人工智能能力建设普惠计划_中华人民共和国外交部") == ["人工智能能力建设普惠计划", "中华人民共和国外交部"])
    #expect(TitleNormalizer.split("标题-新华网") == ["标题", "新华网"])
    // A hyphen inside English words is part of the title.
    #expect(TitleNormalizer.split("The Good, the Not-so-good") == ["The Good, the Not-so-good"])
    #expect(TitleNormalizer.strippingSiteName("Should the UN govern global AI? | Brookings") == "Should the UN govern global AI?")
    #expect(TitleNormalizer.candidates("A | B | C").count == 6)
}

@Test func languageByScript() {
    #expect(TitleNormalizer.language("全球数字契约") == "zh")
    #expect(TitleNormalizer.language("Global Digital Compact") == "en")
    #expect(TitleNormalizer.language("AI治理与全球数字契约") == "zh")
    #expect(TitleNormalizer.language("404") == nil)
    #expect(TitleNormalizer.language("国連総会、ＡＩに関する決議を採択") == "ja")
    #expect(TitleNormalizer.language("유엔 총회") == "ko")
}

@Test func genericTitles() {
    #expect(TitleNormalizer.isGeneric("Home", url: nil, container: nil))
    #expect(TitleNormalizer.isGeneric("首页", url: nil, container: nil))
    #expect(TitleNormalizer.isGeneric("RAND", url: "https://www.rand.org/x", container: nil))
    #expect(TitleNormalizer.isGeneric("United Nations", url: "https://www.un.org/x", container: nil))
    #expect(TitleNormalizer.isGeneric("Brookings", url: "https://www.brookings.edu/x", container: nil))
    #expect(TitleNormalizer.isGeneric("新华网", url: "https://www.xinhuanet.com/x", container: "新华网"))
    #expect(TitleNormalizer.isGeneric("中华人民共和国外交部", url: "https://www.mfa.gov.cn/x", container: "中国外交部网站"))
    #expect(!TitleNormalizer.isGeneric("人工智能能力建设普惠计划", url: "https://www.mfa.gov.cn/x", container: "中国外交部网站"))
    #expect(!TitleNormalizer.isGeneric("Should the UN govern global AI?", url: "https://www.brookings.edu/x", container: "The Brookings Institution"))
}

@Test func documentCodesAreGenericTitles() {
    // UN PDFs carry their job number or symbol as Title; it names the file, not the work.
    #expect(TitleNormalizer.isGeneric("N2408782", url: "https://documents.un.org/doc/undoc/gen/n24/087/82/pdf/n2408782.pdf", container: nil))
    #expect(TitleNormalizer.isGeneric("A/78/L.49", url: nil, container: nil))
    #expect(!TitleNormalizer.isGeneric("AI Continent Action Plan", url: nil, container: nil))
    #expect(!TitleNormalizer.isGeneric("G7 Hiroshima AI Process", url: nil, container: nil))
    #expect(!TitleNormalizer.isGeneric("全球数字契约 A/79/L.2", url: nil, container: nil))
}

@Test func similarityScores() {
    #expect(TitleNormalizer.similarity("Global Digital Compact", "global digital compact") == 1)
    #expect(TitleNormalizer.similarity("a b c d", "") == 0)
    #expect(TitleNormalizer.bestSimilarity(cited: "Should the UN Govern Global AI?", page: "Should the UN govern global AI? | Brookings") == 1)
    #expect(TitleNormalizer.similarity("Announcing the Stargate Project", "Launching the Genesis Mission") < 0.5)
}

@Test func bestSimilarityEqualsTheBestOverEveryCandidate() {
    // The incremental comparison must score exactly what comparing each candidate did.
    let pages = [
        "Should the UN govern global AI? | Brookings",
        "Brookings | Should the UN govern global AI? | Global governance | Brookings Institution",
        "人工智能能力建设普惠计划_中华人民共和国外交部",
        "新闻 | 人工智能 | 全球治理倡议 - 外交部",
        "Home", "A | | B", " | ",
        "Report on Things - Example Institute - Publications - 2024",
    ]
    let cited = ["Should the UN Govern Global AI?", "人工智能全球治理倡议", "Report on Things", "Publications 2024", ""]
    for page in pages {
        for title in cited {
            let reference = TitleNormalizer.candidates(page).map { TitleNormalizer.similarity(title, $0) }.max() ?? 0
            #expect(abs(TitleNormalizer.bestSimilarity(cited: title, page: page) - reference) < 1e-12, "\(title) vs \(page)")
        }
    }
}

@Test func aTitleOfFourHundredSegmentsIsComparedWithoutBuildingEveryCandidate() {
    // 400 distinct words, each its own site-name segment: 80,200 candidates if built one by one.
    let words = (0..<400).map { "w\($0)x" }
    let page = words.joined(separator: " | ")
    let score = TitleNormalizer.bestSimilarity(cited: words[10..<14].joined(separator: " "), page: page)
    #expect(score >= 0.9)
    #expect(TitleNormalizer.bestSimilarity(cited: "unrelated title of a report", page: page) == 0)
}
