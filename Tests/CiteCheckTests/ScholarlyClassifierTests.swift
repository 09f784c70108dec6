import Testing
@testable import CiteCheck

@Suite struct ScholarlyClassifierTests {
    static func kind(_ raw: String) -> ScholarlyClassifier.Kind? {
        let ref = ReferenceParser().parseOne(raw)
        return ScholarlyClassifier.kind(of: ref)
    }

    @Test func gbtTypeCodesDecide() {
        #expect(Self.kind("贾开, 蒋余浩. 人工智能治理的三个基本问题[J]. 中国行政管理, 2017(10): 40-45.") == .article)
        #expect(Self.kind("王五. 人工智能导论[M]. 北京: 北京大学出版社, 2020.") == .book)
        #expect(Self.kind("李四. 算法治理研究[D]. 北京: 清华大学, 2021.") == .thesis)
        #expect(Self.kind("联合国. 全球数字契约[EB/OL]. (2024-09-22)[2025-03-01]. https://www.un.org/gdc.") == nil)
    }

    @Test func theCitationsOwnWords() {
        #expect(Self.kind(#"Jane Roe, "Notes on identifiers", *Journal of Examples*, Vol. 2, 2020, pp. 1-9."#) == .article)
        #expect(Self.kind(#"Ann Lee, "Learning to rank", PhD diss., Stanford University, 2019."#) == .thesis)
        #expect(Self.kind(#"Dario Amodei, "Concrete Problems in AI Safety", arXiv preprint arXiv:1606.06565, 2016."#) == .preprint)
        #expect(Self.kind(#"Kaiming He, "Deep Residual Learning", *Proceedings of the IEEE Conference on Computer Vision*, 2016."#) == .conferencePaper)
        #expect(Self.kind("Cathy O'Neil, *Weapons of Math Destruction*, Crown, 2016, ISBN 978-0-553-41881-1.") == .book)
        #expect(Self.kind("Kate Crawford, *Atlas of AI*, Yale University Press, 2021.") == .book)
    }

    @Test func webPagesAndDocumentsAreNotLookedUp() {
        #expect(Self.kind(#"United Nations, "Global Digital Compact", UN, March 3, 2024, https://www.un.org/gdc (accessed March 5, 2025)."#) == nil)
        #expect(Self.kind("联合国大会：《抓住安全、可靠和值得信赖的人工智能系统带来的机遇》，A/RES/78/265，2024年3月21日。") == nil)
    }

    @Test func aCSLTypeFromTheParserComesFirst() {
        let ref = ReferenceParser().parseOne(#"Jane Roe, "Notes", *Journal of Examples*, Vol. 2, 2020."#)
        #expect(ScholarlyClassifier.kind(of: ref, cslType: "webpage") == nil)
        #expect(ScholarlyClassifier.kind(of: ref, cslType: "chapter") == .chapter)
        #expect(ScholarlyClassifier.kind(cslType: "legislation") == nil)
    }
}
