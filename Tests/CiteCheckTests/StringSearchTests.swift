import Testing
@testable import CiteCheck

@Test func findsExactSubstringsByteWise() {
    #expect("页面不存在 - 外交部".has("页面不存在"))
    #expect("Page Not Found".lowercased().has("not found"))
    #expect(!"Page Not Found".has("not found"))
    #expect("anything".has(""))
    #expect(!"ab".has("abc"))
}

@Test func findsASCIIIgnoringCase() {
    #expect("DOI: 10.1000/xyz".hasIgnoringASCIICase("doi"))
    #expect("https://Dx.DoI.org/10.1/x".hasIgnoringASCIICase("doi.org"))
    #expect(!"Doing research".hasIgnoringASCIICase("doi:"))
    #expect(!"数字对象标识符".hasIgnoringASCIICase("doi"))
    #expect(!"do".hasIgnoringASCIICase("doi"))
}

@Test func findsRangesByteWise() {
    let s = "Klein, M., & Zittrain, J. 《数字》 adopted on 1 May"
    let r = s.byteRange(of: " adopted ")
    #expect(r.map { String(s[$0]) } == " adopted ")
    #expect(r.map { String(s[..<$0.lowerBound]) } == "Klein, M., & Zittrain, J. 《数字》")
    #expect(s.byteRange(of: "《数字》").map { String(s[$0.upperBound...]) } == " adopted on 1 May")
    #expect(s.byteRange(of: "signed") == nil)
    let from = s.byteRange(of: ",")!.upperBound
    #expect(s.byteRange(of: ",", from: from).map { s.distance(from: s.startIndex, to: $0.lowerBound) } == 9)
    #expect("Last Modified April 2".byteRange(of: "last modified", ignoringASCIICase: true)?.lowerBound == "Last Modified April 2".startIndex)
    #expect("a: b: c".lastByteRange(of: ": ").map { String("a: b: c"[$0.upperBound...]) } == "c")
    #expect("abc".lastByteRange(of: "abcd") == nil)
}

@Test func replacesByteWise() {
    #expect("Klein, M., and J. Zittrain".replacingBytes(", and ", with: ", ") == "Klein, M., J. Zittrain")
    #expect("张三 and 李四 and 王五".replacingBytes(" and ", with: "、") == "张三、李四、王五")
    #expect("**Title**: x".replacingBytes("**", with: "") == "Title: x")
    #expect("12–19".replacingBytes("–", with: "-") == "12-19")
    #expect("unchanged".replacingBytes("zz", with: "y") == "unchanged")
    #expect("aaa".replacingBytes("aa", with: "b") == "ba")
}
