import Testing
@testable import CiteCheck

@Suite struct TextDateFinderTests {
    @Test(arguments: [
        ("Posted on March 11, 2020 by Jane Roe", "2020-3-11", 10, "posted on "),
        ("Veröffentlicht am 22. Oktober 2019", "2019-10-22", 18, "veröffentlicht am "),
        ("发布时间：2020年07月12日 来源：新华社", "2020-7-12", 5, "发布时间："),
        ("Опубликовано 12 марта 2021 г.", "2021-3-12", 13, "опубликовано "),
        ("Stand: 13.04.2020, 10:15 Uhr", "2020-4-13", 7, "stand: "),
        ("jueves 2 de abril de 2020", "2020-4-2", 7, "jueves "),
        ("Updated Sept. 3rd, 2020", "2020-9-3", 8, "updated "),
    ])
    func datesInRunningTextAreFoundWithTheirPlaceAndLabel(_ text: String, _ date: String, _ offset: Int, _ before: String) throws {
        let hit = try #require(TextDateFinder.find(in: text).first)
        let d = hit.date
        #expect("\(d.year)-\(d.month ?? 0)-\(d.day ?? 0)" == date)
        #expect(hit.offset == offset)
        #expect(hit.before == before)
    }

    @Test func numbersThatAreNoDatesAreLeftAlone() {
        #expect(TextDateFinder.find(in: "Chapter 12 of 2020 pages, version 1.2.12, score 3-1, 1,000 readers").isEmpty)
        #expect(TextDateFinder.find(in: "").isEmpty)
    }

    /// Only the window is read; a hit's label may still come from the 40 characters before it.
    @Test func theWindowBoundsWhatIsReadButNotTheLabel() throws {
        let filler = String(repeating: "Lorem ipsum dolor sit amet. ", count: 20)
        let text = "First posted 2019-01-02.\n" + filler + "Last updated: 2021-05-06, by the desk. " + filler + "Archived 2022-07-08."
        let updated = text.count - filler.count - "Archived 2022-07-08.".count - "2021-05-06, by the desk. ".count
        let all = TextDateFinder.find(in: text)
        #expect(all.map(\.offset) == [13, updated, text.count - 11])
        let window = TextDateFinder.find(in: text, from: updated - 5, limit: 40)
        #expect(window.count == 1)
        #expect(window.first?.offset == updated)
        #expect(window.first?.before == "lorem ipsum dolor sit amet. last updated: ".suffix(40).description)
        #expect(TextDateFinder.find(in: text, from: 30, limit: 100).isEmpty)
        #expect(TextDateFinder.find(in: text, from: text.count + 10, limit: 100).isEmpty)
        // Offsets stay the text's own, whatever the window: the same hit from two windows.
        #expect(TextDateFinder.find(in: text, from: 0, limit: text.count).map(\.offset) == all.map(\.offset))
    }

    @Test func wideCharactersAndLineBreaksCountAsOneCharacterEach() throws {
        let text = "标题👩‍👩‍👧\r\nPublished March 3, 2020"
        let hit = try #require(TextDateFinder.find(in: text).first)
        #expect(hit.offset == Array(text).firstIndex(of: "M"))
    }
}
