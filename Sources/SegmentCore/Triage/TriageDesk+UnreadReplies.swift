extension TriageDesk {
    /// Marks a consumer's reply on the incident as seen, now that someone has
    /// opened it, with a journal entry; returns false when there was none.
    /// Opening an incident calls it every time, so the common case (nothing
    /// unread) is a plain read that never waits for another writer's lock.
    @discardableResult
    public func markReplyRead(incidentID: Int64) throws -> Bool {
        guard try store.incidents.unreadReply(id: incidentID) != nil else { return false }
        return try store.database.inTransaction {
            guard let found = try store.incidents.unreadReply(id: incidentID) else { return false }
            try store.incidents.clearUnreadReply(id: incidentID, group: IncidentOrder.group(priority: found.priority, status: found.status))
            try store.journal(entity: .incident, id: incidentID, action: .replyRead, after: "unread_since=\(Timestamp.iso(found.since))")
            return true
        }
    }
}
