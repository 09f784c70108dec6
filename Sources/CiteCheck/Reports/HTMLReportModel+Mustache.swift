import Mustache

// Direct key lookup for the views repeated once per note, reference, link and finding. Without it
// the engine reflects (Mirror) on every value for every tag, which made a 2,000-note report take
// seconds. Each `case` names a stored property; HTMLReportModelTests checks that every property
// is answered, since a key missing here would silently fall through to the enclosing view.

extension HTMLReportModel.NoteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "index": index
        case "anchor": anchor
        case "name": self.name
        case "isComment": isComment
        case "context": context
        case "text": text
        case "severity": severity
        case "severityLabel": severityLabel
        case "kinds": kinds
        case "hosts": hosts
        case "references": references
        default: nil
        }
    }
}

extension HTMLReportModel.ReferenceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "fields": fields
        case "raw": raw
        case "links": links
        case "hasLinks": hasLinks
        case "findings": findings
        case "hasFindings": hasFindings
        default: nil
        }
    }
}

extension HTMLReportModel.Field: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "value": value
        case "href": href
        default: nil
        }
    }
}

extension HTMLReportModel.LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": url
        case "href": href
        case "status": status
        case "statusClass": statusClass
        case "answer": answer
        case "elapsedMs": elapsedMs
        case "contentType": contentType
        case "error": error
        case "finalUrl": finalUrl
        case "finalHref": finalHref
        case "redirects": redirects
        case "hasRedirects": hasRedirects
        case "sharedWith": sharedWith
        case "page": page
        case "history": history
        case "archive": archive
        case "drift": drift
        case "via": via
        default: nil
        }
    }
}

extension HTMLReportModel.Hop: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "status": status
        case "url": url
        case "href": href
        default: nil
        }
    }
}

extension HTMLReportModel.FindingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "severity": severity
        case "message": message
        case "fixLabel": fixLabel
        case "suggestion": suggestion
        case "suggestionHref": suggestionHref
        case "action": action
        default: nil
        }
    }
}

// The report's root: without direct lookup here every key that an inner view leaves unanswered
// (a nil optional, a flag of an enclosing section) was looked up by reflecting on the whole model,
// 228,000 instructions a key, most of the HTML report's time in a batch of small papers. Only the
// root: an inner view answering nil lets the engine go on up to the enclosing views, which Mirror
// on a nil optional does not.
extension HTMLReportModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "title": title
        case "doi": doi
        case "doiHref": doiHref
        case "authors": authors
        case "paperFile": paperFile
        case "startedAt": startedAt
        case "elapsed": elapsed
        case "tool": tool
        case "checkState": checkState
        case "checkMessage": checkMessage
        case "settings": settings
        case "referenceCounts": referenceCounts
        case "severityCounts": severityCounts
        case "linkCounts": linkCounts
        case "linkChart": linkChart
        case "kindChart": kindChart
        case "notes": notes
        case "paperFindings": paperFindings
        case "hasPaperFindings": hasPaperFindings
        case "kindOptions": kindOptions
        case "hostOptions": hostOptions
        case "noteCount": noteCount
        case "referenceCount": referenceCount
        case "linkCount": linkCount
        case "dois": dois
        case "hasDois": hasDois
        case "changes": changes
        case "hasChanges": hasChanges
        case "retractions": retractions
        case "hasRetractions": hasRetractions
        default: nil
        }
    }
}
