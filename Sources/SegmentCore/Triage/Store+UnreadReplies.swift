extension Store {
    /// Marks a consumer's reply on the incident as seen, now that someone has
    /// opened it, with a journal entry; returns false when there was none.
    /// Opening an incident calls it every time, so the common case (nothing
    /// unread) is a plain read that never waits for another writer's lock.
    @discardableResult
    public func markReplyRead(incidentID: Int64) throws -> Bool {
        let unread = "SELECT reply_unread_at, priority, status FROM incidents WHERE id = ? AND reply_unread_at IS NOT NULL"
        guard try database.first(unread, [.integer(incidentID)], { $0.int(0) }) != nil else { return false }
        return try database.inTransaction {
            guard let found = try database.first(unread, [.integer(incidentID)], {
                (since: $0.int(0), priority: $0.integer(1), status: $0.string(2))
            }) else { return false }
            let group = IncidentOrder.group(priority: Priority(rawValue: found.priority) ?? .p5,
                                            status: IncidentStatus(rawValue: found.status) ?? .new)
            try database.run("UPDATE incidents SET reply_unread_at = NULL, sort_group = ? WHERE id = ?",
                             [.integer(group), .integer(incidentID)])
            try journal(entity: .incident, id: incidentID, action: .replyRead, after: "unread_since=\(Timestamp.iso(found.since))")
            return true
        }
    }
}
