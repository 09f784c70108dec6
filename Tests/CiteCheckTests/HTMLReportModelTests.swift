import Foundation
import Mustache
import Testing
@testable import CiteCheck

@Suite struct HTMLReportModelTests {
    /// Every stored property of a view with direct lookup answers under its own name.
    static func answersEveryProperty(_ view: some MustacheParent) -> [String] {
        Mirror(reflecting: view).children.compactMap { child -> String? in
            guard let label = child.label else { return nil }
            let mirrored = Mirror(reflecting: child.value)
            let isNil = mirrored.displayStyle == .optional && mirrored.children.isEmpty
            let answered = view.child(named: label)
            return (answered == nil) == isNil ? nil : label
        }
    }

    @Test func directLookupCoversEveryPropertyOfEveryView() throws {
        let model = HTMLReportModel(try ReportFixtures.hostileAudit())
        let notes = model.notes
        let references = notes.flatMap(\.references)
        let links = references.flatMap(\.links)
        #expect(links.contains { $0.page != nil } && links.contains { $0.hasRedirects })
        for view in notes { #expect(Self.answersEveryProperty(view).isEmpty, "NoteView: \(Self.answersEveryProperty(view))") }
        for view in references { #expect(Self.answersEveryProperty(view).isEmpty, "ReferenceView: \(Self.answersEveryProperty(view))") }
        for view in references.flatMap(\.fields) { #expect(Self.answersEveryProperty(view).isEmpty) }
        for view in links { #expect(Self.answersEveryProperty(view).isEmpty, "LinkView: \(Self.answersEveryProperty(view))") }
        for view in links.flatMap(\.redirects) { #expect(Self.answersEveryProperty(view).isEmpty) }
        for view in references.flatMap(\.findings) { #expect(Self.answersEveryProperty(view).isEmpty, "FindingView: \(Self.answersEveryProperty(view))") }
        #expect(Self.answersEveryProperty(model).isEmpty, "HTMLReportModel: \(Self.answersEveryProperty(model))")
    }

    @Test func notesCarryTheirWorstSeverityKindsAndHostsForTheFilters() throws {
        let model = HTMLReportModel(try ReportFixtures.hostileAudit())
        let byIndex = Dictionary(uniqueKeysWithValues: model.notes.map { ($0.index, $0) })
        #expect(byIndex[3]?.severity == "error")
        #expect(byIndex[2]?.severity == "warning")
        #expect(byIndex[1]?.severity == "clean")
        #expect(byIndex[7]?.severity == "comment")
        #expect(byIndex[6]?.kinds == "date-mismatch redirected")
        #expect(byIndex[6]?.hosts == "www.un.org", "the javascript: URL has no host")
        #expect(model.hostOptions.map(\.value) == ["www.un.org"])
        #expect(model.lang == "zh")
    }
}
