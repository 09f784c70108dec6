import Testing
@testable import CiteCheck

@Suite struct EntryAuthorYearTests {
    func read(_ entry: String, after previous: String? = nil) -> String {
        let prev = previous.map { EntryAuthorYear.read($0, previous: nil) }
        let k = EntryAuthorYear.read(entry, previous: prev)
        return "\(k.family)|\(k.year ?? "-")"
    }

    @Test func firstAuthorAndYearInEachStyle() {
        #expect(read("Klein, M., Van de Sompel, H., & Tobin, R. (2014). Scholarly context not found.") == "Klein|2014")
        #expect(read("Van de Sompel, H., & Nelson, M. L. (2015). Reminiscing.") == "Van de Sompel|2015")
        #expect(read("Jones, S. M. (2016b). Content drift.") == "Jones|2016b")
        #expect(read("American Psychological Association. (2020). Publication manual.") == "American Psychological Association|2020")
        #expect(read("Merriam-Webster. (n.d.). Link rot.") == "Merriam-Webster|n.d.")
        #expect(read("Klein M, Van de Sompel H. Scholarly context not found. PLoS One. 2014;9(12):e115253.") == "Klein|2014")
        #expect(read("Zittrain, Jonathan, Kendra Albert, and Lawrence Lessig. 2014. “Perma.”") == "Zittrain|2014")
        #expect(read("张三, 李四. 2020. 网络引文失效研究[J]. 中国社会科学, 2020(3): 1-10.") == "张三|2020")
        #expect(read("国际电信联盟. 2025. 人工智能向善[R/OL].") == "国际电信联盟|2025")
    }

    @Test func aDashRepeatsTheAuthorBefore() {
        #expect(read("———. 2008. Remix. New York: Penguin Press.", after: "Lessig, Lawrence. 2006. Code.") == "Lessig|2008")
    }

    @Test func citationsNameTheEntryByItsFirstAuthor() {
        let k = EntryAuthorYear.read("Sömpel, H. (2015). Title.", previous: nil)
        #expect(k.isNamed(byFolded: EntryAuthorYear.fold("Sompel & Nelson")))
        #expect(!k.isNamed(byFolded: EntryAuthorYear.fold("Sompelson")))
        let zh = EntryAuthorYear.read("张三, 李四. 2020. 标题[J].", previous: nil)
        #expect(zh.isNamed(byFolded: "正如张三"))
    }

    @Test func aCorporateAuthorIsNamedByItsAbbreviation() {
        let printed = EntryAuthorYear.read("World Health Organization [WHO]. (2020). Global report.", previous: nil)
        #expect(printed.family == "World Health Organization")
        #expect(printed.isNamed(byFolded: EntryAuthorYear.fold("WHO")))
        #expect(printed.isNamed(byFolded: EntryAuthorYear.fold("World Health Organization [WHO]")))
        let unprinted = EntryAuthorYear.read("World Health Organization. (2020). Global report.", previous: nil)
        #expect(unprinted.isNamed(byFolded: EntryAuthorYear.fold("WHO")))
        #expect(!unprinted.isNamed(byFolded: EntryAuthorYear.fold("WHOM")))
        // A person has no abbreviation.
        let person = EntryAuthorYear.read("Van de Sompel, H. (2015). Title.", previous: nil)
        #expect(person.abbreviationKey == nil)
        #expect(!person.isNamed(byFolded: EntryAuthorYear.fold("VS")))
    }
}
