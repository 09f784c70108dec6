/// One author-date citation in a paper's body, as printed: "(Klein et al., 2014)", "Zittrain et al.
/// (2014)", "(张三, 2020)", "张三(2020)". A parenthesis citing several works yields one each.
struct InTextCitation: Hashable, Sendable {
    /// The authors as cited: "Klein et al.", "Van de Sompel & Nelson", "张三等".
    var authors: String
    /// The year as cited, with its letter: "2014", "2016a", "n.d.".
    var year: String
    /// Where it sits: paragraph index, character offset and length of the whole parenthesis.
    var paragraph: Int
    var offset: Int
    var length: Int

    /// "Klein et al., 2014": how a message names the citation.
    var asCited: String { authors + (authors.last.map(LineJoiner.isCJK) == true ? "，" : ", ") + year }
}
