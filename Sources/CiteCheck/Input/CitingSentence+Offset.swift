extension CitingSentence {
    /// The sentence around a reference mark the reader removed from `text` (a Word footnote reference,
    /// a JATS xref, an HTML note link): the mark stood at Character offset `offset`.
    static func around(_ text: String, at offset: Int) -> String? {
        let chars = Array(text)
        let sentence = around(markerOffset: min(max(offset, 0), chars.count), markerLength: 0, in: chars)
            .collapsingWhitespace
        return sentence.isEmpty ? nil : sentence
    }
}
