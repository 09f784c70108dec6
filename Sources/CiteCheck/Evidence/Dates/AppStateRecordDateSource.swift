/// The creation date of the record a single-page site renders the page from. Application state
/// (`window.__PRELOADED_STATE__ = {"photo":{"name":"Spring in China",…,"created_at":"…"}}`) holds
/// many records, and `created_at` dates each of them: the user, the comments, the site. Only the
/// record whose own `name` or `title` begins the page's `<title>` is the page's, and its
/// `created_at`/`createdAt` is when the page's item was published. Read after the publication keys
/// (`InlineScriptDateSource`), so a `datePublished` in the same state wins.
struct AppStateRecordDateSource: PageDateSource {
    static let creationKeys = ["created_at", "createdAt"]
    static let nameKeys: Set<String> = ["name", "title", "headline"]

    func candidates(in page: DatePage) -> DateCandidates {
        var found = DateCandidates()
        guard let title = page.scan.title?.collapsedWhitespace.lowercased(), !title.isEmpty else { return found }
        for script in page.scan.inlineScripts {
            if let value = Self.creationDate(in: script, title: title) {
                found.add(value, .inlineScript)
                break
            }
        }
        return found
    }

    /// The first creation value whose enclosing object names the page (its name or title, six
    /// characters or more, starts `title`, lower-cased).
    static func creationDate(in script: String, title: String) -> String? {
        let bytes = Array(script.utf8)
        for key in creationKeys {
            let needle = Array("\"\(key)\"".utf8)
            var from = 0
            while from < bytes.count, let at = bytes[from...].range(ofBytes: needle)?.lowerBound {
                from = at + needle.count
                guard let value = JSONScan.stringValue(after: from, in: bytes), DateTextParser.parse(value) != nil,
                      let start = JSONScan.objectStart(before: at, in: bytes) else { continue }
                let names = JSONScan.ownStrings(of: nameKeys, from: start, to: at, in: bytes)
                if names.contains(where: { $0.count >= 6 && title.hasPrefix($0.collapsedWhitespace.lowercased()) }) { return value }
            }
        }
        return nil
    }
}
