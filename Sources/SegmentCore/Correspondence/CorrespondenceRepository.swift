/// Each consumer's correspondence and the messages about a record: reads
/// of the outbox and the mail taken in, by the indexes on their consumer
/// and record, newest first, so a consumer with thousands of messages
/// opens as fast as one with none.
public struct CorrespondenceRepository {
    let database: Database

    /// The columns every list reads, from the outbox `o` or the mail `m`.
    private static let sent = """
        \(CorrespondenceEntry.Direction.sent.sql) AS direction, o.id, o.created_at AS at, o.entity AS kind, o.entity AS record, o.entity_id AS record_id,
               o.subject, o.status AS state, o.recipient AS address
        """
    private static let received = """
        \(CorrespondenceEntry.Direction.received.sql), m.id, m.received_at, m.kind,
               CASE WHEN m.incident_id IS NOT NULL THEN \(RecordKind.incident.sql) WHEN m.notice_id IS NOT NULL THEN \(RecordKind.notice.sql)
                    WHEN m.case_id IS NOT NULL THEN \(RecordKind.providerCase.sql)
                    WHEN m.kind = \(InboundMailKind.agreementAnswer.sql) THEN \(RecordKind.agreement.sql) END,
               coalesce(m.incident_id, m.notice_id, m.case_id), m.subject, \(CorrespondenceEntry.State.received.sql), m.sender
        """

    /// The newest `limit` messages to and from consumer `id`, and how many there are.
    public func consumer(_ id: Int64, limit: Int) throws -> Correspondence {
        let entries = try database.rows("""
            SELECT * FROM (SELECT * FROM (SELECT \(Self.sent) FROM outbox o WHERE o.consumer_id = ?1 ORDER BY o.created_at DESC, o.id DESC LIMIT ?2)
                           UNION ALL
                           SELECT * FROM (SELECT \(Self.received) FROM inbound_mail m WHERE m.consumer_id = ?1 ORDER BY m.id DESC LIMIT ?2))
            ORDER BY at DESC, direction DESC, id DESC LIMIT ?2
            """, [.integer(id), .integer(Int64(limit))], Self.entry)
        let total = try database.scalar("""
            SELECT (SELECT count(*) FROM outbox WHERE consumer_id = ?1) + (SELECT count(*) FROM inbound_mail WHERE consumer_id = ?1)
            """, [.integer(id)])
        return Correspondence(entries: entries, total: total)
    }

    /// The newest `limit` messages segdesk sent about a record: for a case,
    /// those to the provider and those to the reporters of its incidents.
    public func sent(about kind: RecordKind, id: Int64, limit: Int) throws -> Correspondence {
        let reporters = kind == .providerCase
            ? " OR (o.entity = \(RecordKind.incident.sql) AND o.entity_id IN (SELECT id FROM incidents WHERE case_id = ?2))" : ""
        let entries = try database.rows("""
            SELECT \(Self.sent) FROM outbox o WHERE (o.entity = ?1 AND o.entity_id = ?2)\(reporters) ORDER BY o.created_at DESC, o.id DESC LIMIT ?3
            """, [.text(kind.rawValue), .integer(id), .integer(Int64(limit))], Self.entry)
        let total = try database.scalar("SELECT count(*) FROM outbox o WHERE (o.entity = ?1 AND o.entity_id = ?2)\(reporters)",
                                        [.text(kind.rawValue), .integer(id)])
        return Correspondence(entries: entries, total: total)
    }

    /// A message whole; nil when there is no such message.
    public func message(_ direction: CorrespondenceEntry.Direction, id: Int64) throws -> CorrespondenceMessage? {
        switch direction {
        case .sent:
            return try database.first("""
                SELECT \(Self.sent), o.copy_to, o.message_id, o.in_reply_to, o.body, o.last_error FROM outbox o WHERE o.id = ?
                """, [.integer(id)]) { row in
                let headers = [("To", row.string(8)), ("Cc", row.optionalString(9) ?? ""), ("Subject", row.string(6)),
                               ("Message-ID", row.string(10)), ("In-Reply-To", row.optionalString(11) ?? "")].filter { !$0.1.isEmpty }
                return CorrespondenceMessage(entry: Self.entry(row), headers: headers.map { .init(name: $0.0, value: $0.1) },
                                             body: row.string(12), lastError: row.optionalString(13))
            }
        case .received:
            return try database.first("""
                SELECT \(Self.received), m.message_id,
                       CASE WHEN m.kind = \(InboundMailKind.report.sql) THEN (SELECT body FROM incidents WHERE id = m.incident_id) ELSE m.body END
                FROM inbound_mail m WHERE m.id = ?
                """, [.integer(id)]) { row in
                CorrespondenceMessage(entry: Self.entry(row), headers: [.init(name: "From", value: row.string(8)), .init(name: "Subject", value: row.string(6)),
                                                                       .init(name: "Message-ID", value: "<\(row.string(9))>")],
                                      body: row.optionalString(10) ?? "", lastError: nil)
            }
        }
    }

    private static func entry(_ row: Row) -> CorrespondenceEntry {
        CorrespondenceEntry(direction: CorrespondenceEntry.Direction(rawValue: row.string(0)) ?? .sent, id: row.int(1), at: row.int(2),
                            kind: row.string(3), record: row.optionalString(4).flatMap(RecordKind.init(rawValue:)),
                            recordID: row.isNull(5) ? nil : row.int(5), subject: row.string(6),
                            state: CorrespondenceEntry.State(rawValue: row.string(7)) ?? .queued, address: row.string(8))
    }
}

extension Store {
    /// Each consumer's correspondence, and what was sent about a record.
    public var correspondence: CorrespondenceRepository { CorrespondenceRepository(database: database) }
}
