/// The day in the URL of the page's share image (`<meta property="og:image"
/// content="…/files/2016/05/04/report.png">`): CMSes file uploads by the day they were made, and
/// the share image is uploaded with the page. htmldate's last structured resort; here too, ranked
/// after every date the page states, and only a whole day.
struct OGImageDateSource: PageDateSource {
    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        guard let image = page.scan.meta("og:image")?.content,
              let date = URLPathDate.find(in: Self.absolute(image), uploads: true), date.precision == .day else { return found }
        found.published.append(PageDate(date: date, source: .ogImageURL))
        return found
    }

    /// Only the path matters: a relative or scheme-relative URL gets a placeholder origin.
    static func absolute(_ url: String) -> String {
        if url.hasPrefix("//") { return "http:" + url }
        if url.hasPrefix("/") { return "http://image.invalid" + url }
        return url
    }
}
