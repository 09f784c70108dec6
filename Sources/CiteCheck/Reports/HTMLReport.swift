import Mustache

/// The editor's view of an audit: one self-contained HTML file (HTMLTemplate), rendered by the
/// Mustache engine so that every value from the paper or the web is escaped by construction.
public enum HTMLReport {
    private static let template = Result { try MustacheTemplate(string: HTMLTemplate.text) }

    public static func render(_ audit: Audit) throws -> String {
        let template = try template.get()
        return template.render(HTMLReportModel(audit))
    }
}
