import Testing
@testable import CiteCheck

@Suite struct TitleSimilarityTests {
    @Test func ignoresCasePunctuationAndWidth() {
        #expect(TitleSimilarity.score("The Chinese Approach to AI: Ethics", "the chinese approach to ai — ethics") == 1)
        #expect(TitleSimilarity.score("ＡＩ Ｇｏｖｅｒｎａｎｃｅ", "AI governance") == 1)
        #expect(TitleSimilarity.score("《人工智能治理》", "人工智能治理") == 1)
    }

    @Test func chineseByCharactersEnglishByWords() {
        #expect(TitleSimilarity.tokens("全球治理 of AI") == ["全", "球", "治", "理", "of", "ai"])
        // 6 of 7 characters shared: 2·6/(7+6).
        let s = TitleSimilarity.score("人工智能全球治理", "人工智能的治理")
        #expect(abs(s - 2.0 * 6 / 15) < 1e-9)
    }

    @Test func differentWorksScoreLow() {
        #expect(TitleSimilarity.score("Global governance of artificial intelligence", "Protein folding with deep learning") < 0.2)
        #expect(TitleSimilarity.score("人工智能全球治理", "量子计算的发展") == 0)
        #expect(TitleSimilarity.score("", "x") == 0)
    }

    @Test func bestOfSeveralForms() {
        #expect(TitleSimilarity.best("Title: with subtitle", ["Title", "Title: with subtitle"]) == 1)
    }
}
