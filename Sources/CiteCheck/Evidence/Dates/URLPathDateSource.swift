/// The date in the URL's own path (/2024/09/20/, /202409/t20240927_…): weak, often only a month.
struct URLPathDateSource: PageDateSource {
    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        if let date = URLPathDate.find(in: page.url) { found.published.append(PageDate(date: date, source: .urlPath)) }
        return found
    }
}
