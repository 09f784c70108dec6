import Testing
@testable import CiteCheck

/// The creation date of the application-state record the page is rendered from.
@Test func theRecordNamedByTheTitleDatesThePage() throws {
    // The viewer's and the photographer's records come first and carry their own created_at.
    #expect(try Fixtures.regionPagePublished("app-state-record.html", url: "https://lightbox.example/photo/5512/harbour-at-dawn") == "2014-03-09")
}

@Test func noRecordNamedByTheTitleGivesNoDate() {
    let state = #"{"user":{"name":"Mara Holm","created_at":"2010-06-02T10:00:00Z"},"site":{"title":"Lightbox","createdAt":"2009-01-01"}}"#
    // "Mara Holm" is in the title but does not begin it; "Lightbox" ends it.
    #expect(AppStateRecordDateSource.creationDate(in: state, title: "harbour at dawn by mara holm – lightbox") == nil)
    #expect(AppStateRecordDateSource.creationDate(in: state, title: "mara holm – profile") == "2010-06-02T10:00:00Z")
}

@Test func aNestedRecordsNameIsNotItsParents() {
    // The photo's own name is "Harbour at Dawn"; the nested album's name is not the photo's.
    let state = #"{"photo":{"album":{"name":"Harbour at Dawn"},"created_at":"2014-03-09T06:12:40-05:00"}}"#
    #expect(AppStateRecordDateSource.creationDate(in: state, title: "harbour at dawn – lightbox") == nil)
}
