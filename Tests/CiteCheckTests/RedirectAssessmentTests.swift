import Testing
@testable import CiteCheck

@Test func trailingSlashAndHTTPSUpgradesAreTrivial() {
    let judge = RedirectAssessment()
    #expect(judge.isTrivial(from: "http://un.org/a", to: "https://un.org/a"))
    #expect(judge.isTrivial(from: "https://un.org/a", to: "https://un.org/a/"))
    #expect(judge.isTrivial(from: "http://un.org/a/", to: "https://un.org/a"))
    #expect(judge.isTrivial(from: "http://un.org:80/a", to: "https://un.org/a"))
    #expect(!judge.isTrivial(from: "https://un.org/a", to: "http://un.org/a"))
    #expect(!judge.isTrivial(from: "https://un.org/a", to: "https://www.un.org/a"))
    #expect(!judge.isTrivial(from: "https://un.org/a", to: "https://un.org/b"))
    #expect(!judge.isTrivial(from: "https://un.org/a?x=1", to: "https://un.org/a?x=2"))
}

@Test func homePagesAreRecognised() {
    let judge = RedirectAssessment()
    #expect(judge.leadsHome(from: "https://un.org/deep/page", to: "https://un.org/"))
    #expect(judge.leadsHome(from: "https://un.org/deep/page", to: "https://un.org"))
    #expect(judge.leadsHome(from: "https://un.org/deep/page", to: "https://un.org/en/"))
    #expect(judge.leadsHome(from: "https://un.org/deep/page", to: "https://un.org/zh-cn/index.html"))
    #expect(!judge.leadsHome(from: "https://un.org/", to: "https://un.org/en/"))
    #expect(!judge.leadsHome(from: "https://un.org/deep/page", to: "https://un.org/deep/page2"))
    #expect(!judge.leadsHome(from: "https://un.org/deep/page", to: "https://un.org/news"))
}

@Test func notFoundPagesAreRecognised() {
    let judge = RedirectAssessment()
    #expect(judge.isNotFoundPage("https://un.org/404.html"))
    #expect(judge.isNotFoundPage("https://un.org/en/page-not-found"))
    #expect(judge.isNotFoundPage("https://un.org/errors/notfound.aspx"))
    #expect(!judge.isNotFoundPage("https://undocs.org/A/RES/404/1"))  // "404" inside a document number
    #expect(!judge.isNotFoundPage("https://un.org/en/about"))
}
