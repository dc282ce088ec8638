/// The coordinator's response targets per priority, in seconds: how soon the
/// consumer gets a first answer and how soon the incident is resolved.
public struct ServiceLevel: Equatable, Sendable {
    public var firstResponse: [Priority: Int64]
    public var resolution: [Priority: Int64]

    /// P1 30 min / 4 h, P2 2 h / 1 day, P3 8 h / 3 days, P4 1 day / 10 days,
    /// P5 3 days / 30 days.
    public static let standard = ServiceLevel(
        firstResponse: [.p1: 30 * 60, .p2: 2 * 3600, .p3: 8 * 3600, .p4: 86_400, .p5: 3 * 86_400],
        resolution: [.p1: 4 * 3600, .p2: 86_400, .p3: 3 * 86_400, .p4: 10 * 86_400, .p5: 30 * 86_400])

    /// The deadline the coordinator's clock runs towards, or nil when the clock
    /// is stopped. Until the reporter has been answered (`answeredAt`) it is
    /// the first answer's, whatever else has been done (triage, grouping,
    /// assignment, forwarding); after that the resolution's, stopped while
    /// the provider holds the case and when the incident is done.
    public func dueAt(priority: Priority, status: IncidentStatus, receivedAt: Int64, respondedAt answeredAt: Int64?) -> Int64? {
        guard status.isOpen else { return nil }
        if answeredAt == nil { return receivedAt + firstResponse[priority]! }
        if status.stopsCoordinatorClock { return nil }
        return receivedAt + resolution[priority]!
    }
}
