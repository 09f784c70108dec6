/// What an editor should do about a finding: the label of its suggested fix, and the action to
/// take when the finding carries no concrete value.
public enum FindingAdvice {
    /// The words before the suggestion ("Cite the final URL: https://…").
    public static func fixLabel(_ finding: Finding) -> String {
        let archived = finding.suggestion?.contains("web.archive.org") ?? false
        switch finding.kind {
        case .redirected: return "Cite the final URL"
        case .deadLink, .dns, .timeout, .connection, .serverError, .tls:
            return archived ? "Cite the archived copy" : "Replace the link with"
        case .dateMismatch: return "Correct the date to"
        case .accessDate: return "Correct the access date"
        case .titleMismatch: return "The page's own title is"
        case .fragileURL: return "Cite the clean URL"
        case .doiSuggested: return "Suggested DOI"
        case .doiInvalid, .doiNotFound, .doiMismatch: return "Correct the DOI to"
        case .inconsistentCitation: return "Make the notes agree"
        case .blocked, .redirectLoop, .rateLimited, .unverified: return "Suggested fix"
        case .workNotFound: return "Check the citation against"
        case .retractedWork, .expressionOfConcern, .correctedWork: return "The notice"
        case .isbnInvalid: return "Check digit calls for"
        case .missingReference, .uncitedReference, .unresolvedShortNote: return "Suggested fix"
        case .contentChanged: return "Cite the archived copy"
        case .contentUnverified: return "Suggested fix"
        case .storeNotWritten, .archiveCacheNotWritten: return "Suggested fix"
        }
    }

    /// The action when there is no suggestion: never silence, always a next step.
    public static func action(_ finding: Finding) -> String {
        switch finding.kind {
        case .deadLink: return "Find where the document moved, or cite an archived copy (web.archive.org)."
        case .dns: return "The host no longer exists: find the document's new home, or cite an archived copy."
        case .blocked: return "Open the link in a browser to confirm it works; a bot challenge is not proof that the page is gone."
        case .redirectLoop: return "Open the link in a browser: the site kept redirecting the checker even with its cookies kept, which is not proof that the page is gone."
        case .rateLimited: return "Check again later or with a lower --concurrency; the site asked for fewer requests."
        case .timeout, .connection, .serverError: return "Check again later; if it keeps failing, cite an archived copy."
        case .tls: return "Check the site's certificate in a browser; cite an https address that works, or an archived copy."
        case .unverified: return "Run the check again with network access."
        case .redirected: return "Cite the address the link now leads to."
        case .dateMismatch: return "Check the date against the page and correct the note."
        case .accessDate: return "Correct the access date to the day the page was actually read."
        case .titleMismatch: return "Check that the link points at the cited document."
        case .inconsistentCitation: return "Cite the same work the same way in every note."
        case .fragileURL: return "Remove session and tracking parameters from the URL."
        case .doiInvalid, .doiNotFound: return "Check the DOI against the publisher's page."
        case .doiMismatch: return "The DOI names another work: check it against the publisher's page."
        case .doiSuggested: return "Add the DOI to the citation."
        case .workNotFound: return "Check the reference against the source: it may be mis-cited or fabricated."
        case .retractedWork: return "Do not rely on a retracted work: remove the citation, or say in the text that the work was retracted."
        case .expressionOfConcern: return "Read the expression of concern, and weigh the citation in its light."
        case .correctedWork: return "Check that the text cites the corrected version."
        case .isbnInvalid: return "Copy the ISBN again from the book's copyright page."
        case .missingReference: return "Add the work to the reference list, or correct the citation's author or year."
        case .uncitedReference: return "Cite the work in the text, or remove it from the reference list."
        case .unresolvedShortNote: return "Give the full reference at the work's first citation, or correct the short note."
        case .contentChanged: return "Cite the archived copy of the page as the author saw it."
        case .archiveCacheNotWritten: return "Free space where the history store lives; the next check asks the archive again."
        case .storeNotWritten: return "Free space where the history store lives (or fix its file), then run the check again; pass --no-store to check without it."
        case .contentUnverified: return "Compare the page with the cited passage by hand, or archive it now (web.archive.org/save)."
        }
    }
}
