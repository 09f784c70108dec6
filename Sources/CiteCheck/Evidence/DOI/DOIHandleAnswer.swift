import Foundation

/// What the DOI handle API (https://doi.org/api/handles/{doi}) says about one DOI.
public struct DOIHandleAnswer: Hashable, Sendable {
    /// 1: registered; 100: no such handle; 200: the handle exists but has no value of the type
    /// asked for (no URL); 2: server error; 102: the DOI is not allowed.
    public var responseCode: Int
    /// The URL the DOI resolves to (the handle's URL value), when it has one.
    public var url: String?

    public init(responseCode: Int, url: String? = nil) {
        self.responseCode = responseCode
        self.url = url
    }

    /// The handle exists (registered, with or without a URL).
    public var isRegistered: Bool { responseCode == 1 || responseCode == 200 }
    public var isNotFound: Bool { responseCode == 100 }

    /// Parses the answer body. The API answers 404 with a JSON body for unknown handles, so the
    /// body decides, not the HTTP status.
    public static func parse(_ data: Data) throws(DOIResponseError) -> DOIHandleAnswer {
        let object = try JSONValue.object(data, source: "handle")
        guard let code = JSONValue.int(object["responseCode"]) else {
            throw DOIResponseError("handle", "no responseCode")
        }
        var url: String?
        if let values = object["values"] as? [[String: Any]] {
            for value in values where (value["type"] as? String)?.uppercased() == "URL" {
                let data = value["data"] as? [String: Any]
                if let text = JSONValue.string(data?["value"]) { url = text; break }
            }
        }
        return DOIHandleAnswer(responseCode: code, url: url)
    }
}
