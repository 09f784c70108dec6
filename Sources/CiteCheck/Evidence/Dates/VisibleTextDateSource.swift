/// Dates written out in the visible text near the headline or byline, in many languages
/// ("Posted on March 11, 2020", "发布时间：2020-07-12", "Veröffentlicht am 22. Oktober 2019").
/// Only the page's own content is read (navigation, sidebars, comments and related posts are left
/// out by the scanner). A date after a publication label wins; a date after an update label is the
/// modification date; otherwise the first date after the headline, else the last one just before it.
struct VisibleTextDateSource: PageDateSource {
    /// How far after the headline's start a byline date may be, and how far before.
    static let after = 1_500
    static let before = 300

    static let publishedLabels = [
        "published", "posted", "publish", "date:", "publié", "publicado", "publicada", "veröffentlicht", "erschienen",
        "pubblicato", "gepubliceerd", "опубликовано", "发布", "发表", "日期", "时间", "時間", "公開", "投稿", "掲載",
    ]
    static let updatedLabels = [
        "updated", "update", "modified", "last edited", "revised", "aktualisiert", "geändert", "mis à jour", "mise à jour",
        "actualizado", "actualización", "atualizado", "aggiornato", "bijgewerkt", "обновлено", "更新", "修改", "修订",
        "deposited", "accessioned", "accessed", "retrieved",
    ]

    func candidates(in page: DatePage) -> DateCandidates {
        let text = page.scan.mainText
        guard !text.isEmpty else { return DateCandidates() }
        let headline = page.scan.headlineOffset
        let start = headline.map { max(0, $0 - Self.before) } ?? 0
        let hits = TextDateFinder.find(in: text, from: start, limit: (headline == nil ? 0 : Self.before) + Self.after)
        var published: TextDateFinder.Hit?
        var unlabelledAfter: TextDateFinder.Hit?
        var unlabelledBefore: TextDateFinder.Hit?
        var updated: TextDateFinder.Hit?
        for hit in hits {
            // The nearest label before the date decides what it is.
            let pub = Self.lastPosition(of: Self.publishedLabels, in: hit.before)
            let upd = Self.lastPosition(of: Self.updatedLabels, in: hit.before)
            if let upd, pub.map({ upd > $0 }) ?? true {
                if updated == nil { updated = hit }
            } else if pub != nil {
                if published == nil { published = hit }
            } else if let headline, hit.offset < headline {
                unlabelledBefore = hit
            } else if unlabelledAfter == nil {
                unlabelledAfter = hit
            }
        }
        var found = DateCandidates()
        let window = (headline == nil ? 0 : Self.before) + Self.after
        // Both byline readings go over the same lines: cut once, when it comes to them.
        var lines: [(line: Substring, offset: Int)]?
        func textLines() -> [(line: Substring, offset: Int)] {
            if let lines { return lines }
            let cut = BylineLine.lines(of: text)
            lines = cut
            return cut
        }
        if let hit = published ?? unlabelledAfter ?? unlabelledBefore ?? Self.bylineDate(in: page.scan)
            ?? BylineLine.shortDate(in: textLines(), from: start, limit: window) ?? BylineLine.dateBeside(in: textLines()) {
            found.published.append(PageDate(date: hit.date, source: .visibleText))
        }
        if let updated { found.modified.append(PageDate(date: updated.date, source: .visibleTextUpdated)) }
        return found
    }

    /// How far into a byline element its date may be ("Dieser Artikel wurde am 14. Dezember 2015 …").
    static let bylineSpan = 200

    /// The first date in an element the theme marks as the byline or post meta (a post footer below
    /// a long article), unless an update label precedes it: read when nothing near the headline is a date.
    static func bylineDate(in scan: HTMLScan) -> TextDateFinder.Hit? {
        for offset in scan.bylineOffsets {
            for hit in TextDateFinder.find(in: scan.mainText, from: offset, limit: bylineSpan) {
                if let upd = lastPosition(of: updatedLabels, in: hit.before),
                   lastPosition(of: publishedLabels, in: hit.before).map({ upd > $0 }) ?? true { continue }
                return hit
            }
        }
        return nil
    }

    private static func lastPosition(of labels: [String], in text: String) -> String.Index? {
        labels.compactMap { text.range(of: $0, options: .backwards)?.lowerBound }.max()
    }
}
