/// The mail segdesk took in: every statement about the inbound mail table,
/// and the lookups that decide whose thread a message answers and whether
/// its sender may answer there.
public struct MailRepository {
    let database: Database

    /// Whether a message with this Message-ID was taken in before.
    func seen(messageID: String) throws -> Bool {
        try database.first("SELECT 1 FROM inbound_mail WHERE message_id = ?", [.text(messageID)], { $0.int(0) }) != nil
    }

    /// Keeps a mail with the record it concerns (a report's text stays with
    /// its incident, so its body is not kept twice), and the consumer it
    /// came from: an incident's is its reporter's.
    func keep(_ mail: InboundMail, kind: InboundMailKind, deliveredAt: Int64, incidentID: Int64?, caseID: Int64?,
              noticeID: Int64?, consumerID: Int64?) throws {
        try database.run("""
            INSERT INTO inbound_mail (message_id, received_at, sender, subject, body, kind, incident_id, case_id, notice_id,
                consumer_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, coalesce(?10, (SELECT consumer_id FROM incidents WHERE id = ?7)))
            """, [.text(mail.messageID), .integer(deliveredAt), .text(mail.senderAddress), .text(mail.subject),
                  .text(kind == .report ? "" : mail.recordBody(limit: IncomingIncident.maximumBodyBytes, subjectCut: false)), .text(kind.rawValue),
                  incidentID.map(SQLValue.integer) ?? .null, caseID.map(SQLValue.integer) ?? .null,
                  noticeID.map(SQLValue.integer) ?? .null, consumerID.map(SQLValue.integer) ?? .null])
    }

    /// A consumer's replies on an incident, newest first.
    func replies(incidentID: Int64, limit: Int) throws -> [ReceivedMessage] {
        try database.rows("""
            SELECT received_at, sender, body FROM inbound_mail WHERE incident_id = ? AND kind = \(InboundMailKind.reply.sql)
            ORDER BY id DESC LIMIT ?
            """, [.integer(incidentID), .integer(Int64(limit))]) { ReceivedMessage(at: $0.int(0), from: $0.string(1), text: $0.string(2)) }
    }

    /// The provider's updates on a case, by mail and noted by hand, newest first.
    func providerUpdates(caseID: Int64, limit: Int) throws -> [ReceivedMessage] {
        try database.rows("""
            SELECT at, sender, body FROM (
                SELECT received_at AS at, sender, body, id AS seq FROM inbound_mail WHERE case_id = ? AND kind = \(InboundMailKind.providerUpdate.sql)
                UNION ALL
                SELECT at, operator, coalesce(after, ''), id FROM journal WHERE entity = \(RecordKind.providerCase.sql) AND entity_id = ? AND action = ?)
            ORDER BY at DESC, seq DESC LIMIT ?
            """, [.integer(caseID), .integer(caseID), .text(JournalAction.providerUpdateNoted.rawValue), .integer(Int64(limit))]) {
            ReceivedMessage(at: $0.int(0), from: $0.string(1), text: $0.string(2))
        }
    }

    /// Whether `address` (at `domain`) is an incident's reporter, a contact
    /// of its consumer, or at its consumer's mail domain.
    func mayAnswer(incidentID id: Int64, address: String, domain: String) throws -> Bool {
        try database.first("""
            SELECT 1 FROM incidents i LEFT JOIN consumers c ON c.id = i.consumer_id
            WHERE i.id = ?1 AND (i.reporter_email = ?2 COLLATE NOCASE
                OR (?3 != '' AND c.mail_domain = ?3 COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM contacts WHERE consumer_id = i.consumer_id AND email = ?2 COLLATE NOCASE))
            """, [.integer(id), .text(address), .text(domain)], { $0.int(0) }) != nil
    }

    /// The case address of the provider of a case's service.
    func providerAddress(caseID: Int64) throws -> String? {
        try database.first("""
            SELECT p.email FROM provider_cases pc JOIN services s ON s.id = pc.service_id JOIN providers p ON p.id = s.provider_id
            WHERE pc.id = ?
            """, [.integer(caseID)], { $0.string(0) })
    }

    /// Whether a record a subject tag names exists.
    func exists(_ kind: RecordKind, id: Int64) throws -> Bool {
        try database.first("SELECT 1 FROM \(kind.table.name) WHERE \(kind.table.key) = ?", [.integer(id)], { $0.int(0) }) != nil
    }

    /// The record a message segdesk sent was about, by its Message-ID.
    func sentAbout(messageID: String) throws -> (kind: RecordKind?, id: Int64)? {
        try database.first("SELECT entity, entity_id FROM outbox WHERE message_id = ?", [.text(messageID)], {
            (kind: RecordKind(rawValue: $0.string(0)), id: $0.int(1))
        })
    }

    /// The incident a mail that came in earlier (its Message-ID, without
    /// angle brackets) reported or answered, if any.
    func incidentOfMail(messageID: String) throws -> Int64? {
        try database.first("SELECT incident_id FROM inbound_mail WHERE message_id = ? AND incident_id IS NOT NULL",
                           [.text(messageID)], { $0.int(0) })
    }

    /// The unsorted service's id, if made before.
    func serviceID(key: String) throws -> Int64? {
        try database.first("SELECT id FROM services WHERE key = ?", [.text(key)], { $0.int(0) })
    }
}

extension Store {
    /// The mail taken in.
    var inboundMail: MailRepository { MailRepository(database: database) }
}
