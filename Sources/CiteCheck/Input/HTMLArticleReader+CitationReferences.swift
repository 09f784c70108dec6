/// A published article's `citation_reference` tags as its notes: Google Scholar's inclusion
/// guidelines ask publishers for one tag per cited work, so on a journal's page they are the
/// reference list in tagged form, even where the visible list is built by a script.
extension HTMLArticleReader {
    static func citationReferences(_ root: MarkupElement) -> [(fields: TaggedFields, line: Int?)] {
        root.descendants(["meta"], stopAtMatch: false).compactMap { meta in
            guard meta["name"]?.lowercased() == "citation_reference", let content = meta["content"],
                  let fields = CitationReferenceTag(content).fields else { return nil }
            return (fields, meta.line)
        }
    }

    /// One note per tag. When the visible list has as many entries as there are tags, entry n is tag n
    /// (publishers write both from the same records): its words, label, links and citing sentence
    /// are kept and the tag's fields win. Otherwise each note is the tag alone.
    static func taggedNotes(_ tags: [(fields: TaggedFields, line: Int?)], listed: [SourceNote], path: String) -> [SourceNote] {
        let matched = listed.count == tags.count
        return tags.enumerated().map { i, tag in
            let fields = tag.fields
            guard matched else {
                // The tag's own line: the visible entry could not be told apart.
                return SourceNote(label: String(i + 1), text: CitationReferenceTag.text(of: fields), links: fields.urls,
                                  tagged: fields, source: tag.line.map { PaperLocation(file: path, line: $0) })
            }
            var note = listed[i]
            note.tagged = fields
            return note
        }
    }
}
