import Foundation
import Testing
@testable import CiteCheck

/// The page-date corpus (bench/pagedates/generate.py): 351 pages in the shapes real CMSes emit, each
/// with its gold publication date and why. bench/pagedates/compare.py scores htmldate beside us;
/// this guards our own score. Floors sit a little under today's figures.
private struct GoldPage {
    var file: String
    var url: String
    var gold: String
    var kind: String
}

private func corpus() throws -> [GoldPage] {
    try Fixtures.text("PageDates/gold.tsv").split(separator: "\n").dropFirst().map { line in
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return GoldPage(file: f[0], url: f[1], gold: f[2], kind: f[3])
    }
}

private func publishedDay(_ page: GoldPage) throws -> String? {
    let body = [UInt8](try Fixtures.data("PageDates/pages/\(page.file)"))
    let evidence = PageEvidenceExtractor.extract(body: body, contentType: "text/html; charset=utf-8", headers: [], url: page.url)
    return evidence?.published.map { String($0.description.prefix(10)) }
}

@Test func pageDateCorpusAccuracyAndPrecisionStayAboveTheirFloors() throws {
    let pages = try corpus()
    #expect(pages.count >= 300)
    var right = 0, wrong = 0, missing = 0
    var misses: [String] = []
    for page in pages {
        switch try publishedDay(page) {
        case page.gold?: right += 1
        case nil: missing += 1; misses.append("\(page.file): none")
        case let other?: wrong += 1; misses.append("\(page.file): \(other) for \(page.gold)")
        }
    }
    let accuracy = Double(right) / Double(pages.count)
    let precision = Double(right) / Double(max(1, right + wrong))
    // htmldate 1.11 on the same pages: extensive accuracy 0.803, default precision 0.837.
    #expect(accuracy >= 0.95, "accuracy \(accuracy); misses: \(misses.prefix(20))")
    #expect(precision >= 0.97, "precision \(precision); misses: \(misses.prefix(20))")
}

@Test func everyCorpusClassIsMostlyRight() throws {
    let pages = try corpus()
    for kind in Set(pages.map(\.kind)) {
        let group = pages.filter { $0.kind == kind }
        let right = try group.filter { try publishedDay($0) == $0.gold }.count
        #expect(Double(right) >= 0.8 * Double(group.count), "\(kind): \(right)/\(group.count)")
    }
}
