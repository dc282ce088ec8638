/// What burns, as `segdesk status` lists it for a person on a phone: the
/// open reports that are new or past their clock, most urgent first, and the
/// cases late at the provider.
public struct BurningRepository {
    let database: Database

    /// An open report that needs a person.
    public struct Report: Equatable, Sendable {
        public let id: Int64
        public let priority: Priority
        public let receivedAt: Int64
        public let consumer: String?
        public let status: IncidentStatus
        public let slaDueAt: Int64?
        public let title: String
    }

    /// A forwarded case past the provider's target.
    public struct LateCase: Equatable, Sendable {
        public let id: Int64
        public let dueAt: Int64
        public let title: String
    }

    /// Open reports new or overdue at `now`, by priority then clock, at most `limit`.
    public func reports(at now: Int64, limit: Int) throws -> [Report] {
        try database.rows("""
            SELECT i.id, i.priority, i.received_at, c.name, i.status, i.sla_due_at, i.title
            FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id
            WHERE i.sort_group < \(IncidentOrder.doneGroup) AND (i.status = \(IncidentStatus.new.sql) OR i.sla_due_at < ?1)
            ORDER BY i.priority, i.sla_due_at, i.id LIMIT ?2
            """, [.integer(now), .integer(Int64(limit))]) { row in
            Report(id: row.int(0), priority: Priority(rawValue: row.integer(1)) ?? .p3, receivedAt: row.int(2), consumer: row.optionalString(3),
                   status: IncidentStatus(rawValue: row.string(4)) ?? .new, slaDueAt: row.optionalInt(5).map(Int64.init), title: row.string(6))
        }
    }

    /// Forwarded cases past the provider's target at `now`, longest late first.
    public func lateCases(at now: Int64, limit: Int) throws -> [LateCase] {
        try database.rows("""
            SELECT id, CASE WHEN acknowledged_at IS NULL AND provider_response_due_at < ?1 THEN provider_response_due_at
                            ELSE provider_resolution_due_at END AS due, title
            FROM provider_cases WHERE sort_group = 0 AND forwarded_at IS NOT NULL
              AND ((acknowledged_at IS NULL AND provider_response_due_at < ?1) OR provider_resolution_due_at < ?1)
            ORDER BY due, id LIMIT ?2
            """, [.integer(now), .integer(Int64(limit))]) { LateCase(id: $0.int(0), dueAt: $0.int(1), title: $0.string(2)) }
    }
}

extension Store {
    /// What burns, for `segdesk status`.
    public var burning: BurningRepository { BurningRepository(database: database) }
}
