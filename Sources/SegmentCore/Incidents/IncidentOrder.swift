/// How the incidents pane orders rows: open incidents with a consumer's reply
/// nobody has opened first; then incidents waiting for the coordinator, most
/// urgent priority first and, within one priority, the longest waiting
/// first; then those the provider holds, oldest first; then done incidents,
/// newest first. Kept in `sort_group` and `sort_time`.
enum IncidentOrder {
    static let unreadReplyGroup: Int64 = 0
    static let withProviderGroup: Int64 = 6
    static let doneGroup: Int64 = 9

    /// SQL for the group of an incident whose group would otherwise be the
    /// parameter `parameter`: an open one with an unread reply stays first.
    static func groupKeepingUnreadReply(_ parameter: String) -> String {
        "CASE WHEN reply_unread_at IS NOT NULL AND \(parameter) < \(doneGroup) THEN \(unreadReplyGroup) ELSE \(parameter) END"
    }

    static func group(priority: Priority, status: IncidentStatus) -> Int64 {
        if !status.isOpen { return doneGroup }
        return status.stopsCoordinatorClock ? withProviderGroup : Int64(priority.rawValue)
    }

    static func time(receivedAt: Int64, status: IncidentStatus) -> Int64 {
        status.isOpen ? receivedAt : -receivedAt
    }
}
