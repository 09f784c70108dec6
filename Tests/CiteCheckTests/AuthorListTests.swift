import Testing
@testable import CiteCheck

@Suite struct AuthorListTests {
    @Test func chineseNamesJoinedByAnd() {
        #expect(AuthorList.parse("张三 and 李四") == ["张三", "李四"])
        #expect(AuthorList.parse("魏钰明、贾开、曾润喜等") == ["魏钰明", "贾开", "曾润喜"])
        #expect(AuthorList.parse("何艳, 刘霞, 胡平 主编") == ["何艳", "刘霞", "胡平"])
    }

    @Test func invertedFirstThenDirect() {
        #expect(AuthorList.parse("Family, Given M., and Given M. Family") == ["Family, Given M.", "Given M. Family"])
        #expect(AuthorList.parse("Kowalski, A., B. A. de Vries, and H. Brügger") == ["Kowalski, A.", "B. A. de Vries", "H. Brügger"])
    }

    @Test func apaInvertedEveryName() {
        #expect(AuthorList.parse("Kowalski, A., de Vries, B. A., & Brügger, H.") == ["Kowalski, A.", "de Vries, B. A.", "Brügger, H."])
    }

    @Test func upperCaseAndCompactLists() {
        #expect(AuthorList.parse("FAMILY G H, FAMILY G") == ["FAMILY G H", "FAMILY G"])
        #expect(AuthorList.parse("KOWALSKI A, DE VRIES B A, TADDEO S J, 等") == ["KOWALSKI A", "DE VRIES B A", "TADDEO S J"])
        #expect(AuthorList.parse("Kowalski A, de Vries BA, Brügger H") == ["Kowalski A", "de Vries BA", "Brügger H"])
    }

    @Test func directNamesAndEtAl() {
        #expect(AuthorList.parse("Huw Roberts, Emmie Hine, Mariarosaria Taddeo and Luciano Floridi").count == 4)
        #expect(AuthorList.parse("Hadrien Pouget et al.") == ["Hadrien Pouget"])
        #expect(AuthorList.parse("F. L. Lindqvist and L. L. Kahle (eds.)") == ["F. L. Lindqvist", "L. L. Kahle"])
    }

    @Test func corporateAuthorsStayWhole() {
        #expect(AuthorList.parse("National Academies of Sciences, Engineering, and Medicine") == ["National Academies of Sciences, Engineering, and Medicine"])
        #expect(AuthorList.parse("United Nations Educational, Scientific and Cultural Organization").count == 1)
        #expect(AuthorList.parse("U.S. Department of Energy") == ["U.S. Department of Energy"])
    }
}
