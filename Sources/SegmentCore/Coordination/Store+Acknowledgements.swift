/// What an import of acknowledgements did.
public struct AcknowledgementImportReport: Equatable, Sendable {
    public var recorded = 0
    /// Records that said what was already recorded.
    public var unchanged = 0
    public var skipped: [IntakeProblem] = []
}

extension Store {
    /// Records a consumer's answer to a notice: its state, when, a note and
    /// who gave it, journalled with the state before; the notice's counts
    /// follow. Refused when the consumer is not in the notice's audience.
    /// Returns false when the state and note were already so.
    @discardableResult
    public func acknowledge(noticeID: Int64, consumerID: Int64, state: AcknowledgementState, note: String?,
                            at: Int64? = nil, by: String? = nil) throws -> Bool {
        try database.inTransaction {
            guard let before = try database.first("""
                SELECT state, note FROM notice_acknowledgements WHERE notice_id = ? AND consumer_id = ?
                """, [.integer(noticeID), .integer(consumerID)], { (state: $0.string(0), note: $0.optionalString(1)) }) else {
                throw StoreError.invalid(Wording("consumer #{1} is not in notice #{2}'s audience", consumerID, noticeID))
            }
            if before.state == state.rawValue && (note == nil || note == before.note) { return false }
            let when = at ?? now()
            try database.run("""
                UPDATE notice_acknowledgements SET state = ?, state_at = ?, note = coalesce(?, note), answered_by = ?,
                    acknowledged_at = CASE WHEN ? = \(AcknowledgementState.pending.sql) THEN NULL ELSE coalesce(acknowledged_at, ?) END
                WHERE notice_id = ? AND consumer_id = ?
                """, [.text(state.rawValue), state == .pending ? .null : .integer(when), note.map(SQLValue.text) ?? .null,
                      .text(by ?? operatorLogin), .text(state.rawValue), .integer(when), .integer(noticeID),
                      .integer(consumerID)])
            try recountNotice(noticeID)
            try journal(entity: .notice, id: noticeID, action: .acknowledgement,
                        before: "consumer=\(consumerID) state=\(before.state)",
                        after: "consumer=\(consumerID) state=\(state.rawValue)" + (note.map { " note=\($0)" } ?? "")
                            + (by.map { " by=\($0)" } ?? ""))
            return true
        }
    }

    /// Records an answer by organisation number, for the record's `:ack`.
    /// Returns the consumer's name.
    @discardableResult
    public func acknowledge(noticeID: Int64, organisationNumber: String, state: AcknowledgementState,
                            note: String?) throws -> String {
        let digits = (try? OrganisationNumber(organisationNumber))?.digits ?? organisationNumber
        guard let consumer = try database.first("SELECT id, name FROM consumers WHERE org_number = ?", [.text(digits)], {
            (id: $0.int(0), name: $0.string(1))
        }) else { throw StoreError.invalid(Wording("no consumer has organisation number {1}", organisationNumber)) }
        try acknowledge(noticeID: noticeID, consumerID: consumer.id, state: state, note: note)
        return consumer.name
    }

    /// Imports answers in one transaction. A record naming a notice that
    /// does not exist, or a consumer not in its audience, is bad; unless
    /// `skipBad`, a bad record refuses the whole file.
    public func importAcknowledgements(_ contents: IntakeChunk<IncomingAcknowledgement>, file: String,
                                       skipBad: Bool) throws -> AcknowledgementImportReport {
        var bad = contents.problems
        var matched: [(IncomingAcknowledgement, Int64)] = []
        for record in contents.records {
            guard try database.first("SELECT 1 FROM change_notices WHERE id = ?", [.integer(record.noticeID)], { $0.int(0) }) != nil else {
                bad.append(IntakeProblem(file: file, line: record.line, field: "notice", message: localized("no notice #{1}", record.noticeID)))
                continue
            }
            guard let consumer = try database.first("""
                SELECT c.id FROM consumers c JOIN notice_acknowledgements a ON a.consumer_id = c.id AND a.notice_id = ?
                WHERE c.org_number = ?
                """, [.integer(record.noticeID), .text(record.organisationNumber.digits)], { $0.int(0) }) else {
                bad.append(IntakeProblem(file: file, line: record.line, field: "org_number", message:
                    "\(record.organisationNumber.digits) is not in notice #\(record.noticeID)'s audience"))
                continue
            }
            matched.append((record, consumer))
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try database.inTransaction {
            var report = AcknowledgementImportReport(skipped: bad)
            for (record, consumer) in matched {
                if try acknowledge(noticeID: record.noticeID, consumerID: consumer, state: record.state, note: record.note,
                                   at: record.at, by: "import \(file)") {
                    report.recorded += 1
                } else {
                    report.unchanged += 1
                }
            }
            return report
        }
    }
}
