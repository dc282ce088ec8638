/// Who each notice reaches and how each answered: every statement about
/// the notice acknowledgements table, and the counts of them kept on each
/// notice (`recount`, which every writer of an answer calls).
public struct NoticeAudienceRepository {
    let database: Database
    /// The store's clock, for when a notice is sent to a consumer.
    let now: () -> Int64

    /// Every answer of a notice's audience is counted again on the notice.
    func recount(_ id: Int64) throws {
        try database.run("""
            UPDATE change_notices SET
                audience = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = ?1),
                answered = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = ?1 AND a.state != \(AcknowledgementState.pending.sql)),
                done = (SELECT count(*) FROM notice_acknowledgements a WHERE a.notice_id = ?1
                        AND CASE WHEN change_notices.breaking = 1 THEN a.state IN \([AcknowledgementState.ready, .notAffected].sql)
                                 ELSE a.state != \(AcknowledgementState.pending.sql) END),
                version = version + 1
            WHERE id = ?1
            """, [.integer(id)])
    }

    /// A notice's first `limit` answers: the silent first, then those who
    /// answered, then those ready, by name.
    func answers(noticeID: Int64, limit: Int) throws -> [Acknowledgement] {
        try database.rows("""
            SELECT c.name, c.org_number, a.state, a.state_at, a.sent_at, a.note, a.answered_by,
                   (SELECT count(*) FROM reminders r WHERE r.kind = \(RecordKind.notice.sql) AND r.record_id = a.notice_id
                    AND r.consumer_id = a.consumer_id)
            FROM notice_acknowledgements a INDEXED BY notice_answers_order JOIN consumers c ON c.id = a.consumer_id
            WHERE a.notice_id = ? ORDER BY \(Migrations.noticeAnswerRank), a.sort_name, a.consumer_id LIMIT ?
            """, [.integer(noticeID), .integer(Int64(limit))]) {
            Acknowledgement(consumerName: $0.string(0), organisationNumber: $0.string(1),
                            state: AcknowledgementState(rawValue: $0.string(2)) ?? .pending,
                            stateAt: $0.isNull(3) ? nil : $0.int(3), sentAt: $0.isNull(4) ? nil : $0.int(4),
                            note: $0.optionalString(5), answeredBy: $0.optionalString(6), remindersSent: $0.integer(7))
        }
    }

    /// Whether a consumer in the audience was sent the notice: nil when it is not in the audience.
    func wasSent(noticeID: Int64, consumerID: Int64) throws -> Bool? {
        try database.first("SELECT sent_at IS NOT NULL FROM notice_acknowledgements WHERE notice_id = ? AND consumer_id = ?",
                           [.integer(noticeID), .integer(consumerID)], { $0.integer(0) != 0 })
    }

    func addToAudience(noticeID: Int64, consumerID: Int64) throws {
        try database.run("INSERT INTO notice_acknowledgements (notice_id, consumer_id) VALUES (?, ?)",
                         [.integer(noticeID), .integer(consumerID)])
    }

    func removeFromAudience(noticeID: Int64, consumerID: Int64) throws {
        try database.run("DELETE FROM notice_acknowledgements WHERE notice_id = ? AND consumer_id = ?",
                         [.integer(noticeID), .integer(consumerID)])
    }

    /// Records that the notice was sent to a consumer now.
    func markSent(noticeID: Int64, consumerID: Int64) throws {
        try database.run("UPDATE notice_acknowledgements SET sent_at = ? WHERE notice_id = ? AND consumer_id = ?",
                         [.integer(now()), .integer(noticeID), .integer(consumerID)])
    }

    /// The audience not yet sent the notice (or, `sent`, those sent it), by
    /// name: id, organisation number, name, the addresses of the two roles
    /// the kind asks for, any address (technical first), and language.
    func audience(noticeID: Int64, roles: (ContactRole, ContactRole), sent: Bool = false) throws
        -> [(id: Int64, organisationNumber: String, name: String, first: String?, second: String?, any: String?, language: Language)] {
        try database.rows("""
            SELECT c.id, c.org_number, c.name,
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = ?2 ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = ?3 ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.technical.sql), id LIMIT 1), c.language
            FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id
            WHERE a.notice_id = ?1 AND a.sent_at IS \(sent ? "NOT NULL" : "NULL") ORDER BY c.sort_name
            """, [.integer(noticeID), .text(roles.0.rawValue), .text(roles.1.rawValue)]) {
            (id: $0.int(0), organisationNumber: $0.string(1), name: $0.string(2), first: $0.optionalString(3),
             second: $0.optionalString(4), any: $0.optionalString(5), language: $0.language(6))
        }
    }

    /// Marks a consumer ready for a notice with a note, as the demo's history
    /// has it, without the time or who answered.
    func markReady(noticeID: Int64, consumerID: Int64, note: String) throws {
        try database.run("""
            UPDATE notice_acknowledgements SET state = \(AcknowledgementState.ready.sql), note = ? WHERE notice_id = ? AND consumer_id = ?
            """, [.text(note), .integer(noticeID), .integer(consumerID)])
    }

    /// A consumer's answer to a notice, nil when it is not in the audience.
    func answer(noticeID: Int64, consumerID: Int64) throws -> (state: AcknowledgementState, note: String?)? {
        try database.first("SELECT state, note FROM notice_acknowledgements WHERE notice_id = ? AND consumer_id = ?",
                           [.integer(noticeID), .integer(consumerID)], {
            (state: AcknowledgementState(rawValue: $0.string(0)) ?? .pending, note: $0.optionalString(1))
        })
    }

    /// Records a consumer's answer at `at`, by `by`; the first answer's
    /// time stays, and going back to pending clears it.
    func setAnswer(noticeID: Int64, consumerID: Int64, state: AcknowledgementState, note: String?, at: Int64, by: String) throws {
        try database.run("""
            UPDATE notice_acknowledgements SET state = ?, state_at = ?, note = coalesce(?, note), answered_by = ?,
                acknowledged_at = CASE WHEN ? = \(AcknowledgementState.pending.sql) THEN NULL ELSE coalesce(acknowledged_at, ?) END
            WHERE notice_id = ? AND consumer_id = ?
            """, [.text(state.rawValue), state == .pending ? .null : .integer(at), note.map(SQLValue.text) ?? .null,
                  .text(by), .text(state.rawValue), .integer(at), .integer(noticeID), .integer(consumerID)])
    }

    /// The consumer with organisation number `digits` when it is in the notice's audience.
    func audienceMember(noticeID: Int64, organisationNumber digits: String) throws -> Int64? {
        try database.first("""
            SELECT c.id FROM consumers c JOIN notice_acknowledgements a ON a.consumer_id = c.id AND a.notice_id = ?
            WHERE c.org_number = ?
            """, [.integer(noticeID), .text(digits)], { $0.int(0) })
    }

    /// The consumer of the notice's audience a mail from `address` answers
    /// for: one of whose contacts it is, else one at its mail domain.
    func audienceMember(noticeID: Int64, mailedFrom address: String, domain: String) throws -> Int64? {
        try database.first("""
            SELECT a.consumer_id FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id
            WHERE a.notice_id = ?1 AND (EXISTS (SELECT 1 FROM contacts WHERE consumer_id = c.id AND email = ?2 COLLATE NOCASE)
                OR (?3 != '' AND c.mail_domain = ?3 COLLATE NOCASE))
            ORDER BY NOT EXISTS (SELECT 1 FROM contacts WHERE consumer_id = c.id AND email = ?2 COLLATE NOCASE) LIMIT 1
            """, [.integer(noticeID), .text(address), .text(domain)], { $0.int(0) })
    }

    /// Those sent a notice that have not answered as it asks (on a breaking
    /// one: not ready or not affected) and were not reminded at the point
    /// `daysBefore`, by organisation number: id, number, name, state, the
    /// address of `role`, the business address, any address, language.
    /// Only those first sent it before that point (`point`) and no later
    /// than `sentBy` (the least gap before a reminder): a point that came
    /// before a consumer heard of the notice is no reason to remind it.
    func notDone(noticeID: Int64, breaking: Bool, role: ContactRole, daysBefore: Int, point: Int64, sentBy: Int64)
        throws -> [(id: Int64, organisationNumber: String, name: String, state: AcknowledgementState, roleAddress: String?,
                    business: String?, any: String?, language: Language)] {
        try database.rows("""
            SELECT c.id, c.org_number, c.name, a.state,
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = ?3 ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id AND role = \(ContactRole.business.sql) ORDER BY id LIMIT 1),
                   (SELECT email FROM contacts WHERE consumer_id = c.id ORDER BY role != \(ContactRole.technical.sql), id LIMIT 1), c.language
            FROM notice_acknowledgements a JOIN consumers c ON c.id = a.consumer_id
            WHERE a.notice_id = ?1 AND a.sent_at IS NOT NULL AND a.sent_at < ?5 AND a.sent_at <= ?6
              AND c.stage != \(OnboardingStage.offboarded.sql)
              AND CASE WHEN ?4 = 1 THEN a.state NOT IN \([AcknowledgementState.ready, .notAffected].sql) ELSE a.state = \(AcknowledgementState.pending.sql) END
              AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.kind = \(RecordKind.notice.sql) AND r.record_id = ?1
                              AND r.consumer_id = c.id AND r.days_before = ?2)
            ORDER BY c.org_number
            """, [.integer(noticeID), .integer(Int64(daysBefore)), .text(role.rawValue), .integer(breaking ? 1 : 0),
                  .integer(point), .integer(sentBy)]) {
            (id: $0.int(0), organisationNumber: $0.string(1), name: $0.string(2),
             state: AcknowledgementState(rawValue: $0.string(3)) ?? .pending, roleAddress: $0.optionalString(4),
             business: $0.optionalString(5), any: $0.optionalString(6), language: $0.language(7))
        }
    }

    /// The consumers of `audience` not in notice `id`'s audience yet, and
    /// those in it, not yet sent it, that `audience` no longer reaches.
    func audienceChange(id: Int64, to audience: [Int64]) throws -> (adding: [Int64], removing: [Int64]) {
        let current = try database.rows("SELECT consumer_id, sent_at IS NOT NULL FROM notice_acknowledgements WHERE notice_id = ?",
                                        [.integer(id)]) { (consumer: $0.int(0), sent: $0.integer(1) != 0) }
        let members = Set(current.map(\.consumer)), reached = Set(audience)
        return (audience.filter { !members.contains($0) },
                current.filter { !$0.sent && !reached.contains($0.consumer) }.map(\.consumer).sorted())
    }
}

extension Store {
    /// Who each notice reaches, and their answers.
    public var noticeAudience: NoticeAudienceRepository { NoticeAudienceRepository(database: database, now: now) }
}
