import Testing
@testable import CiteCheck

@Suite struct MarkupTreeTests {
    @Test func collapsingWhitespaceHandlesEveryKindOfSpace() {
        #expect("  a \t\n b  ".collapsingWhitespace == "a b")
        #expect("a\u{00A0}\u{00A0}b\u{3000}c\u{2009}d\u{202F}e\u{0085}f".collapsingWhitespace == "a b c d e f")
        #expect("《题名》，联合国网站，2024年3月21日".collapsingWhitespace == "《题名》，联合国网站，2024年3月21日")
        #expect("emoji 😀  and é".collapsingWhitespace == "emoji 😀 and é")
        #expect("\u{3000}\n".collapsingWhitespace == "")
        #expect("".collapsingWhitespace == "")
    }

    @Test func strippingWhitespaceOnlyTouchesTheEnds() {
        #expect("  a  b \u{3000}".strippingWhitespace == "a  b")
        #expect(" \n ".strippingWhitespace == "")
    }

    @Test func navigation() {
        let tree = MarkupElement(name: "r", children: [
            .element(MarkupElement(name: "a", attributes: ["id": "1"], children: [.text("x"), .element(MarkupElement(name: "b", children: [.text("y")]))])),
            .text("z"),
            .element(MarkupElement(name: "b", children: [.element(MarkupElement(name: "b", children: [.text("w")]))])),
        ])
        #expect(tree.text == "xyzw")
        #expect(tree.descendants("b").map(\.text) == ["y", "w"])
        #expect(tree.descendants(["b"], stopAtMatch: false).map(\.text) == ["y", "w", "w"])
        #expect(tree.element("a")?["id"] == "1")
        #expect(tree.firstDescendant("b")?.text == "y")
    }
}
