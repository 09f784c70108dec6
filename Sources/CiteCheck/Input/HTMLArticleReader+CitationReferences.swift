/// A published article's `citation_reference` tags as its notes: Google Scholar's inclusion
/// guidelines ask publishers for one tag per cited work, so on a journal's page they are the
/// reference list in tagged form, even where the visible list is built by a script.
extension HTMLArticleReader {
    static func citationReferences(_ root: MarkupElement) -> [TaggedFields] {
        root.descendants(["meta"], stopAtMatch: false).compactMap { meta in
            guard meta["name"]?.lowercased() == "citation_reference", let content = meta["content"] else { return nil }
            return CitationReferenceTag(content).fields
        }
    }

    /// One note per tag. When the visible list has as many entries as there are tags, entry n is tag n
    /// (publishers write both from the same records): its words, label, links and citing sentence
    /// are kept and the tag's fields win. Otherwise each note is the tag alone.
    static func taggedNotes(_ tags: [TaggedFields], listed: [SourceNote]) -> [SourceNote] {
        let matched = listed.count == tags.count
        return tags.enumerated().map { i, fields in
            guard matched else {
                return SourceNote(label: String(i + 1), text: CitationReferenceTag.text(of: fields), links: fields.urls,
                                  tagged: fields)
            }
            var note = listed[i]
            note.tagged = fields
            return note
        }
    }
}
