import Foundation
import Testing
@testable import CiteCheck

@Suite struct OpenLibraryParserTests {
    @Test func searchDocs() throws {
        let books = try OpenLibraryParser.search(Fixtures.data("works/openlibrary-search.json"))
        #expect(books.count == 2)
        #expect(books[0].title == "Weapons of Math Destruction" && books[0].subtitle?.hasPrefix("How Big Data") == true)
        #expect(books[0].year == 2016 && books[0].container == "Crown" && books[0].authors.first?.family == "O'Neil")
        #expect(books[0].isbns.contains("9780553418811") && books[0].type == "book")
        #expect(books[1].authors.isEmpty && books[1].year == nil)
    }

    @Test func anEditionByISBN() throws {
        let edition = try OpenLibraryParser.edition(Fixtures.data("works/openlibrary-edition.json"))
        #expect(edition.title == "Weapons of Math Destruction" && edition.year == 2016 && edition.container == "Crown")
        #expect(edition.isbns == ["9780553418811", "0553418815"] && edition.authors.isEmpty)
        #expect(throws: DOIResponseError("openlibrary", "no title")) { try OpenLibraryParser.edition(Data("{}".utf8)) }
        #expect(throws: DOIResponseError("openlibrary", "no docs array")) { try OpenLibraryParser.search(Data("{}".utf8)) }
    }
}
