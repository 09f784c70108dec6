import Foundation
import Testing
@testable import CiteCheck

/// Which regions date something else, decided by element name and class/id tokens; and, through the
/// extractor, that the page's own date is read where blog themes and news CMSes put it.
private func published(_ name: String, url: String) throws -> String? { try Fixtures.regionPagePublished(name, url: url) }

@Test func sidebarsNavigationAndSiteFootersAreAside() {
    #expect(PageRegions.isAside(element: "nav", classAndID: nil))
    #expect(PageRegions.isAside(element: "div", classAndID: "sidebar section "))
    #expect(PageRegions.isAside(element: "div", classAndID: "widget BlogArchive BlogArchive1"))
    #expect(PageRegions.isAside(element: "div", classAndID: "site-footer footer"))
    #expect(PageRegions.isAside(element: "div", classAndID: "left "))
    #expect(PageRegions.isAside(element: "section", classAndID: "widget widget_recent_entries "))
    #expect(!PageRegions.isAside(element: "div", classAndID: "entry-content "))
}

@Test func thePostsOwnFooterAndBloggersPostWidgetAreThePage() {
    #expect(!PageRegions.isAside(element: "div", classAndID: "post-footer "))
    #expect(!PageRegions.isAside(element: "div", classAndID: "post-footer-line post-footer-line-1 "))
    #expect(!PageRegions.isAside(element: "footer-like", classAndID: "entry-footer "))
    #expect(!PageRegions.isAside(element: "div", classAndID: "asset-footer "))
    #expect(!PageRegions.isAside(element: "div", classAndID: "widget Blog Blog1"))
    #expect(!PageRegions.isAside(element: "div", classAndID: "col-lg-10 left contenu"))
    // The element name still decides: a <footer> is the site's.
    #expect(PageRegions.isAside(element: "footer", classAndID: "entry-footer "))
}

@Test func asideWordsCountOnlyAtAWordsStart() {
    #expect(PageRegions.isAside(element: "div", classAndID: "post-comments "))
    #expect(PageRegions.isAside(element: "div", classAndID: "comment-list "))
    #expect(!PageRegions.isAside(element: "h1", classAndID: "ArticleHeaderComment_headline "))
    #expect(PageRegions.isByline(classAndID: "PublishDate ArticleHeaderComment_publishDate "))
    #expect(PageRegions.isByline(classAndID: "post-footer "))
    #expect(!PageRegions.isByline(classAndID: "entry-content "))
}

@Test func anOpinionPiecesHeaderIsNotAComment() throws {
    #expect(try published("opinion-header.html", url: "https://news.example/kommentare/urteil-172529") == "2019-01-29")
}

@Test func theRegionHoldingTheHeadlineIsThePage() throws {
    #expect(PageRegions.holdsTheHeadline(heading: "Was sich nach dem Urteil ändert", title: "Influencer Marketing: Was sich nach dem Urteil ändert | Fachblatt"))
    #expect(!PageRegions.holdsTheHeadline(heading: "Kommentare", title: "Kommentare zum Urteil"))
    #expect(!PageRegions.holdsTheHeadline(heading: "Recent posts on the blog", title: "Release day"))
    // The site's name is in every title; it is not the page's headline.
    #expect(!PageRegions.holdsTheHeadline(heading: "Wara Conservation Project", title: "Guinée : un braconnier interpellé et condamné à la peine maximale ! ‹ Wara Conservation Project"))
    #expect(PageRegions.holdsTheHeadline(heading: "Guinée : un braconnier interpellé et condamné à la peine maximale !", title: "Guinée : un braconnier interpellé et condamné à la peine maximale ! ‹ Wara Conservation Project"))
    #expect(try published("headline-in-comment-header.html", url: "https://news.example/kommentare/urteil-172529") == "2019-01-29")
}

@Test func aColumnBesideTheSidebarHoldingTheHeadlineIsThePage() throws {
    #expect(try published("headline-beside-sidebar.html", url: "http://wara.example/guinee-un-braconnier-interpelle/") == "2016-09-27")
}

@Test func aQuotedOrEmbeddedPostIsAside() {
    #expect(PageRegions.isAside(element: "blockquote", classAndID: "instagram-media "))
    #expect(PageRegions.isAside(element: "blockquote", classAndID: nil))
}

@Test func bloggerPostInsideTheMainWidgetGivesItsAbbrDate() throws {
    #expect(try published("blogger-main-widget.html", url: "https://fieldnotes.example/2016/12/release-day.html") == "2016-12-23")
}

@Test func aBylineInThePostsOwnFooterIsRead() throws {
    #expect(try published("asset-footer-byline.html", url: "https://strom.example/sparen/haushalt/") == "2013-05-03")
}

@Test func anEmbeddedPostsTimeDoesNotDateTheArticle() throws {
    #expect(try published("embedded-post.html", url: "https://news.example/kommentare/urteil-172529") == "2019-01-29")
}

@Test func aContentColumnMarkedLeftIsStillTheArticle() throws {
    #expect(try published("left-content-column.html", url: "https://radio.example/infos/article/grille-1145") == "2019-06-09")
}

@Test func anAsideInsideTheArticleIsTheArticles() throws {
    // The post's date box is an <aside> in the <article>; the blog's navigation aside before it and the
    // article's related-posts aside are not the post's.
    #expect(try Fixtures.regionPagePublished("aside-in-article.html", url: "https://planung.example/fremde-plaene-uebernehmen") == "2017-01-12")
    #expect(!PageRegions.isAside(element: "aside", classAndID: "postData ", inArticle: true))
    #expect(PageRegions.isAside(element: "aside", classAndID: "related ", inArticle: true))
    #expect(PageRegions.isAside(element: "aside", classAndID: nil))
}

@Test func aLayoutWrapperClassedSidebarThatHoldsTheHeadlineIsThePage() throws {
    // "mainwrap single-default sidebar" wraps the post (its byline date before the headline), a slider
    // of featured posts and the real sidebar, whose dates come first in the page and stay out.
    #expect(try Fixtures.regionPagePublished("sidebar-layout-wrapper.html", url: "https://atelier.example/blog/winter-coats/") == "2021-05-14")
    #expect(PageRegions.mayWrapTheArticle(element: "div"))
    #expect(!PageRegions.mayWrapTheArticle(element: "nav"))
    #expect(PageRegions.isAside(element: "div", classAndID: "rev_slider_wrapper fullwidthbanner-container "))
    #expect(PageRegions.isAside(element: "div", classAndID: "featured-carousel "))
}

@Test func aShareRowIsNotAnAside() {
    #expect(!PageRegions.isAside(element: "div", classAndID: "social-share "))
}
