/// date-mismatch: the note's publication date disagrees with the date the page gives for itself,
/// beyond the citation's precision (a cited month covers its days) and beyond the time-zone
/// allowance (a timestamp may be cited in its own offset, in UTC or in UTC+8).
public struct DateMismatchCheck: Sendable {
    /// PDF files are often produced some days after the date the work bears (a resolution adopted
    /// on the 21st, printed to PDF on the 28th), so a creation date this many days later still agrees.
    public var pdfLagDays: Int

    public init(pdfLagDays: Int = 45) {
        self.pdfLagDays = pdfLagDays
    }

    public func findings(for reference: Reference, url: String, page: PageEvidence) -> [Finding] {
        guard let cited = reference.date, let published = page.published, page.notFound == nil else { return [] }
        // The offsets the page itself writes its times in: a UTC timestamp also stands for its day there.
        let offsets = Array(Set(page.dates.compactMap(\.offsetMinutes).filter { $0 != 0 })).sorted()
        if agrees(published, cited, offsets: offsets) { return [] }
        // A note may cite the updated version of a page.
        if let modified = page.modified, modified.source != .lastModified, modified.agrees(with: cited) { return [] }
        // A page that contradicts itself: agreeing with any of its strong dates is enough, and
        // agreeing with a weaker one makes the mismatch a warning.
        let alsoAgree = page.dates.filter { !$0.source.isModification && $0 != published && agrees($0, cited, offsets: offsets) }
        if alsoAgree.contains(where: { $0.source.isStrong }) { return [] }
        // The chosen reading may be the site's local day for a strong UTC timestamp.
        let strong = page.dates.contains { $0.source.isStrong && !$0.source.isModification }
        var said = "the page says \(published) (\(published.source.rawValue))"
        let days = published.acceptableDays
        if days.count > 1 {
            said += ", that is " + days.map(\.description).joinedAsList + " in its own offset, UTC and UTC+8"
        }
        let local = offsets.compactMap { offset in published.day(inOffset: offset).map { (offset, $0) } }.filter { !days.contains($0.1) }
        if !local.isEmpty {
            said += "; in the page's own offset " + local.map { "\(Self.offsetText($0.0)) it is \($0.1)" }.joinedAsList
        }
        if !alsoAgree.isEmpty {
            said += "; it also says " + alsoAgree.map { "\($0) (\($0.source.rawValue))" }.joinedAsList
        }
        return [Finding(
            kind: .dateMismatch, severity: alsoAgree.isEmpty && (published.source.isStrong || strong) ? .error : .warning,
            reference: reference.id, url: url,
            message: "\(reference.noteDescription) dates the work \(cited); \(said)",
            suggestion: published.date.description)]
    }

    private func agrees(_ published: PageDate, _ cited: PartialDate, offsets: [Int]) -> Bool {
        if published.agrees(with: cited) { return true }
        if offsets.contains(where: { published.day(inOffset: $0).map { cited.covers($0) || $0.covers(cited) } ?? false }) { return true }
        switch published.source {
        case .pdfCreationDate, .xmpCreateDate:
            let lag = published.date.earliestDayNumber - cited.latestDayNumber
            return lag >= 0 && lag <= pdfLagDays
        default:
            return false
        }
    }

    static func offsetText(_ minutes: Int) -> String {
        let a = abs(minutes)
        return (minutes < 0 ? "-" : "+") + String(format2: a / 60) + ":" + String(format2: a % 60)
    }
}
