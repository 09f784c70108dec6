import Testing
@testable import CiteCheck

private let chrome = "Brookings Home Topics Regions Experts Research Programs About Us Subscribe Donate Search "

@Test func samePageWithAnotherCounterIsAlike() {
    let a = PageFingerprint(title: "Page not found | Brookings", text: chrome + "Sorry, we can’t find that page. Request id 123 served at 10:00.")
    let b = PageFingerprint(title: "Page not found | Brookings", text: chrome + "Sorry, we can’t find that page. Request id 456 served at 10:00.")
    #expect(a.similarity(to: b) > 0.6)
    #expect(a.similarity(to: a) == 1)
}

@Test func differentArticlesOnOneSiteDiffer() {
    let a = PageFingerprint(title: "Should the UN govern global AI?", text: chrome + "The United Nations has a role in governing artificial intelligence, argue the authors, who propose a layered approach built on existing institutions and standards bodies.")
    let b = PageFingerprint(title: "The good, the not-so-good, and the ugly", text: chrome + "The advisory body’s final report offers a blueprint whose strengths include a scientific panel and a policy dialogue, while its weaknesses lie in funding.")
    #expect(a.similarity(to: b) < 0.5)
}

@Test func chineseTextIsShingledByCharacters() {
    let a = PageFingerprint(title: nil, text: "对不起，您访问的页面不存在！请检查网址是否正确。")
    let b = PageFingerprint(title: nil, text: "对不起，您访问的页面不存在！请检查网址是否正确。")
    let c = PageFingerprint(title: nil, text: "人工智能能力建设国际合作之友小组在联合国成立")
    #expect(a.similarity(to: b) == 1)
    #expect(a.similarity(to: c) == 0)
}

@Test func emptyPagesCompareByTitle() {
    #expect(PageFingerprint(title: "App", text: "").similarity(to: PageFingerprint(title: "App", text: "")) == 1)
    #expect(PageFingerprint(title: "App", text: "").similarity(to: PageFingerprint(title: "Other", text: "")) == 0)
}

@Test func shinglesAreDistinctAndSortedSoJaccardCountsEachOnce() {
    let once = PageFingerprint(title: nil, text: "alpha beta gamma delta")
    let thrice = PageFingerprint(title: nil, text: "alpha beta gamma delta alpha beta gamma delta alpha beta gamma delta")
    #expect(thrice.shingles == thrice.shingles.sorted())
    #expect(Set(thrice.shingles).count == thrice.shingles.count)
    #expect(thrice.shingles.count == 4)  // abcd, bcda, cdab, dabc: the repeats add nothing
    #expect(once.similarity(to: thrice) == 0.25)
}
