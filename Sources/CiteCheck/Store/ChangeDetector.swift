/// Compares one audit of a paper with the previous one. Pure: it sees two sets of link states.
public struct ChangeDetector: Sendable {
    /// A link's state in one audit: what was observed, and its history at that time.
    public struct State: Hashable, Sendable {
        public var observation: LinkObservation
        public var history: LinkHistory

        public init(_ observation: LinkObservation, history: LinkHistory) {
            self.observation = observation
            self.history = history
        }
    }

    public init() {}

    /// Changes in the order of `current`; no changes at all for a paper's first audit.
    public func changes(previous: [String: State]?, current: [State]) -> [LinkChange] {
        guard let previous else { return [] }
        var changes: [LinkChange] = []
        for now in current {
            let url = now.observation.url
            let nowClass = LinkStatusClass(status: now.observation.status)
            guard let before = previous[url] else {
                // A link new to the paper that already fails is news; one that works is not.
                if nowClass == .failure { changes.append(LinkChange(url: url, change: .newlyFailing)) }
                continue
            }
            let beforeClass = LinkStatusClass(status: before.observation.status)
            if nowClass == .failure && beforeClass != .failure {
                changes.append(LinkChange(url: url, change: .newlyFailing))
            }
            if now.history.confirmed && !before.history.confirmed {
                changes.append(LinkChange(url: url, change: .newlyDead))
            }
            if nowClass == .success && beforeClass == .failure {
                changes.append(LinkChange(url: url, change: .recovered))
            }
            if nowClass == .success && beforeClass == .success {
                if let a = before.observation.pageHash, let b = now.observation.pageHash, a != b {
                    changes.append(LinkChange(url: url, change: .pageChanged))
                }
                if let a = before.observation.finalURL, let b = now.observation.finalURL, a != b {
                    changes.append(LinkChange(url: url, change: .moved))
                }
            }
        }
        return changes
    }
}
