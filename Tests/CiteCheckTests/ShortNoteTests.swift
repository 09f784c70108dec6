import Testing
@testable import CiteCheck

@Suite struct ShortNoteTests {
    @Test func ibidAndItsKin() {
        #expect(ShortNote.marked("Ibid.") == .previous(pinpoint: nil))
        #expect(ShortNote.marked("Ibid., 45.") == .previous(pinpoint: "45"))
        #expect(ShortNote.marked("ibid., pp. 45–47.") == .previous(pinpoint: "45–47"))
        #expect(ShortNote.marked("Id. at 12.") == .previous(pinpoint: "12"))
        #expect(ShortNote.marked("同上。") == .previous(pinpoint: nil))
        #expect(ShortNote.marked("同上，第47页。") == .previous(pinpoint: "47"))
        #expect(ShortNote.marked("同上注，第3页。") == .previous(pinpoint: "3"))
        #expect(ShortNote.marked("同上: 240.") == .previous(pinpoint: "240"))
    }

    @Test func earlierWorksByAuthorTitleOrNote() {
        #expect(ShortNote.marked("前引张三文，第15页。") == .earlier(author: "张三", title: nil, note: nil, pinpoint: "15"))
        #expect(ShortNote.marked("王五：前引书，第3页。") == .earlier(author: "王五", title: nil, note: nil, pinpoint: "3"))
        #expect(ShortNote.marked("同前注①，第20页。") == .earlier(author: nil, title: nil, note: "①", pinpoint: "20"))
        #expect(ShortNote.marked("前揭《网络引文失效研究》，第8页。") == .earlier(author: nil, title: "网络引文失效研究", note: nil, pinpoint: "8"))
        #expect(ShortNote.marked("Klein, op. cit., 12.") == .earlier(author: "Klein", title: nil, note: nil, pinpoint: "12"))
    }

    @Test func chicagoShortNotes() {
        #expect(ShortNote.chicago(#"Klein et al., "Scholarly Context Not Found," e115253."#)
            == .earlier(author: "Klein et al.", title: "Scholarly Context Not Found", note: nil, pinpoint: "e115253"))
        #expect(ShortNote.chicago("Satterfield, “Livy,” 172–73.") == .earlier(author: "Satterfield", title: "Livy", note: nil, pinpoint: "172–73"))
        #expect(ShortNote.chicago("Google, “Privacy Policy.”") == .earlier(author: "Google", title: "Privacy Policy", note: nil, pinpoint: nil))
        #expect(ShortNote.chicago("Grazer and Fishman, *Curious Mind*, 37.") == .earlier(author: "Grazer and Fishman", title: "*Curious Mind*", note: nil, pinpoint: "37"))
    }

    @Test func proseIsNoShortNote() {
        #expect(ShortNote.marked("On this point, see the discussion in chapter 3.") == nil)
        #expect(ShortNote.chicago("On this point, see the discussion in chapter 3.") == nil)
        #expect(ShortNote.chicago("The author thanks the reviewers, the editors, and 3 colleagues.") == nil)
        #expect(ShortNote.marked("本文所称网络引文，指以网址标注出处的引文。") == nil)
    }
}

extension ShortNoteTests {
    @Test func chineseProseAboutEarlierPassagesIsNoRepeat() {
        #expect(ShortNote.marked("同前述观点一致，此处不再展开。") == nil)
        #expect(ShortNote.marked("同前文所述，联合国的作用不可替代。") == nil)
        #expect(ShortNote.marked("同前文，第5页。") == .earlier(author: nil, title: nil, note: nil, pinpoint: "5"))
    }
}
