import Testing
@testable import CiteCheck

@Test func findsGBTTypeTags() {
    func tag(_ s: String) -> String? {
        let w = Array(s.unicodeScalars)
        return GBTTypeTag.first(in: w).map { String(scalars: w[$0]) }
    }
    #expect(tag("联合国. 以人为本的人工智能治理[R/OL]. (2024-09-19)[2025-03-09].") == "[R/OL]")
    #expect(tag("张三. 题名[J]. 学报, 2020, 3(2): 1-9.") == "[J]")
    #expect(tag("World Bank. World Development Report 2021[DB/CD]. Washington, 2021.") == "[DB/CD]")
    #expect(tag("Title [Internet]. 2024 [cited 2025 Mar 3]. [EB/OL]") == "[EB/OL]")
    #expect(tag("[CM] then [M]") == "[CM]")
    #expect(tag("[DBX] [M/XX] [m] [2025-03-01] [EB/OL") == nil)
    #expect(tag("[EB/OLD]") == nil)
    #expect(GBTTypeTag.first(in: "无标签的注释") == nil)
    #expect(GBTTypeTag.first(in: "题名[M]. 北京: 出版社, 2020.") == 2..<5)
}
