/// Who an alert goes to, step by step: the person on call, their second,
/// then `alert.last`. In a gap of the rota the first step is `alert.last`.
public struct OnCallLadder: Equatable, Sendable {
    public let first: String?
    public let second: String?
    public let last: String?

    public init(first: String?, second: String? = nil, last: String? = nil) {
        self.first = first
        self.second = second
        self.last = last
    }

    /// The ladder at `now`: the rota's shift when a rota is given, else `oncall`.
    public static func at(_ now: Int64, policy: AlertPolicy, rota: OnCallRota?) -> OnCallLadder {
        guard let rota else { return OnCallLadder(first: policy.onCall ?? policy.last, last: policy.last) }
        guard let shift = rota.shift(at: now) else { return OnCallLadder(first: policy.last, last: policy.last) }
        return OnCallLadder(first: shift.first, second: shift.second, last: policy.last)
    }

    /// The next step above `level` (1 on call, 2 second, 3 last) that names
    /// someone not yet told; nil at the top.
    public func step(after level: Int, told: [String]) -> (level: Int, address: String)? {
        let steps = [(2, second), (3, last)].filter { $0.0 > level }
        for (next, address) in steps {
            if let address, !told.contains(where: { $0.caseInsensitiveCompare(address) == .orderedSame }) { return (next, address) }
        }
        return nil
    }
}
