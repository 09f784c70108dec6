import Testing
@testable import CiteCheck

@Suite struct AuthorScannerTests {
    /// The author text the scanner leaves before the title.
    func authors(_ s: String) -> String? {
        let w = Array(s.unicodeScalars)
        return AuthorScanner.end(w, from: 0).map { String(scalars: w[0..<$0]) }
    }

    @Test func invertedFirstNameEndingInAnInitial() {
        #expect(authors("Klein, M. A. Towards Better Content Drift: A Framework. MIT Press, 2020.") == "Klein, M. A")
        #expect(authors("Van de Sompel, M. L. Scholarly Communication. 2019.") == "Van de Sompel, M. L")
    }

    @Test func invertedListWithDirectNamesAfterTheFirst() {
        #expect(authors("Kowalski, A., B. A. de Vries, S.-J. Taddeo, and H. Brügger. Scholarly Communication. Yale University Press, 2020.")
            == "Kowalski, A., B. A. de Vries, S.-J. Taddeo, and H. Brügger")
        #expect(authors("Kowalski, A., et al. Scholarly Communication. 5th ed., Yale University Press, 2020.") == "Kowalski, A., et al")
    }

    @Test func authorDateStylesEndAtTheDate() {
        #expect(authors("Kowalski, A., de Vries, B. A., & Brügger, H. (2020). Scholarly Communication. Yale University Press.")
            == "Kowalski, A., de Vries, B. A., & Brügger, H.")
        #expect(authors("Smith, H., Ainsworth, N. and Nguyen, L. (2002) Mitigating Metadata Quality") == "Smith, H., Ainsworth, N. and Nguyen, L.")
    }

    @Test func ieeeDirectNamesEndAtTheCommaBeforeTheTitle() {
        #expect(authors("A. Kowalski, B. A. de Vries, and H. Brügger, Scholarly Communication, 5th ed. New Haven: Yale University Press, 2020.")
            == "A. Kowalski, B. A. de Vries, and H. Brügger")
        #expect(authors("K. Sanderson and M. L. Patel, Robust Links. (Oct. 2017). GitHub.") == "K. Sanderson and M. L. Patel")
        #expect(authors("A. Kowalski et al., Scholarly Communication, 5th ed. (Yale University Press, 2020).") == "A. Kowalski et al.")
    }

    @Test func vancouverBareInitials() {
        #expect(authors("Kowalski A, de Vries BA, Taddeo SJ, Brügger H. Scholarly Communication. New Haven: Yale University Press; 2020.")
            == "Kowalski A, de Vries BA, Taddeo SJ, Brügger H")
        #expect(authors("Zittrain S. The State of AI Governance. Research Policy. 2019Apr;15(4):171–84.") == "Zittrain S")
    }

    @Test func corporateAuthorWithAnAbbreviation() {
        #expect(authors("U.S. Department of Energy. Who Cares About Content Drift? Internet Archive, 2021.") == "U.S. Department of Energy")
    }
}
