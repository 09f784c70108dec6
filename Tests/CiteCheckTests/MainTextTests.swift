import Foundation
import Testing
@testable import CiteCheck

@Test func theLongestArticleIsReadWithoutNavigationAsidesFormsOrScripts() throws {
    let body = [UInt8](try Fixtures.data("drift/news-article-gbk.html"))
    let text = try #require(MainText.extract(body: body, contentType: nil))
    #expect(text.title == "人工智能治理报告发布_新闻中心", "the meta charset (GBK) is honoured")
    #expect(text.source == "article")
    #expect(text.text.hasPrefix("人工智能治理报告发布 委员会审议了各成员国的人工智能治理情况，发现各国战略"))
    #expect(text.text.hasSuffix("。 Reported by Li Wei."), "inline elements do not split words: \(text.text)")
    for absent in ["首页", "热门文章", "推荐阅读", "隐藏的文字", "搜索", "版权所有", "广告", "_hmt"] {
        #expect(!text.text.contains(absent), "\(absent) is not main text")
    }
}

@Test func roleMainWinsOverArticlesAndTheTitleIsCollapsed() throws {
    let text = try #require(MainText.extract(body: [UInt8](try Fixtures.data("drift/main-role.html")), contentType: "text/html"))
    #expect(text.title == "Annual Report 2019")
    #expect(text.source == "main")
    #expect(text.text == "Annual Report 2019 The registry grew by a third.")
}

@Test func aPageWithoutMainOrArticleIsReadFromItsBodyAndAHeaderCharsetWins() throws {
    let latin1: [UInt8] = Array("<html><head><meta charset=utf-8><title>Caf".utf8) + [0xE9] + Array("</title></head><body><header>Menu</header><p>Bonjour</p></body></html>".utf8)
    let text = try #require(MainText.extract(body: latin1, contentType: "text/html; charset=ISO-8859-1"))
    #expect(text.title == "Café")
    #expect(text.source == "body")
    #expect(text.text == "Bonjour")
    #expect(MainText.extract(body: [], contentType: "text/html") == nil)
}
