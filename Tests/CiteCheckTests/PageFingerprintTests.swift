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

/// The exact Jaccard similarity of two texts' shingle sets, the way the fingerprint shingles them.
private func exactJaccard(_ a: String, _ b: String) -> Double {
    func shingles(_ text: String) -> Set<UInt64> {
        let t = PageFingerprint.tokenHashes(text)
        return Set((0...(t.count - PageFingerprint.shingleSize)).map { PageFingerprint.combine(t[$0..<$0 + PageFingerprint.shingleSize]) })
    }
    let x = shingles(a), y = shingles(b)
    return Double(x.intersection(y).count) / Double(x.union(y).count)
}

@Test func longPagesKeepABoundedSketchThatEstimatesTheirLikeness() {
    // A 3,000-word page (an annual report's text), and versions of it with every 50th, every
    // 4th, or every word changed.
    // Words drawn by a fixed linear congruential sequence: the same page on every run.
    var state: UInt64 = 42
    let words = (0..<3000).map { _ -> String in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return "w\((state >> 33) % 800)"
    }
    func edited(every step: Int) -> String {
        words.enumerated().map { $0.offset % step == 0 ? "changed\($0.offset)" : $0.element }.joined(separator: " ")
    }
    let page = PageFingerprint(title: "Report", text: words.joined(separator: " "))
    #expect(page.shingles.count == PageFingerprint.sketchSize)
    #expect(page.shingleCount > 2900)
    for step in [50, 4, 1] {
        let other = edited(every: step)
        let exact = exactJaccard(words.joined(separator: " "), other)
        let estimate = page.similarity(to: PageFingerprint(title: "Report", text: other))
        #expect(abs(estimate - exact) < 0.1, "every \(step): exact \(exact), estimated \(estimate)")
    }
    #expect(page.similarity(to: page) == 1)
}
