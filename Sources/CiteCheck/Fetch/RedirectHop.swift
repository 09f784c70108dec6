/// One redirect: the status the server answered and the URL it sent the client to.
public struct RedirectHop: Sendable, Hashable, Codable {
    public var status: Int
    public var url: String

    public init(status: Int, url: String) {
        self.status = status
        self.url = url
    }
}
