/// What an import of acknowledgements did.
public struct AcknowledgementImportReport: Equatable, Sendable {
    public var recorded = 0
    /// Records that said what was already recorded.
    public var unchanged = 0
    public var skipped: [IntakeProblem] = []
}

extension NoticeDesk {
    /// Records a consumer's answer to a notice: its state, when, a note and
    /// who gave it, journalled with the state before; the notice's counts
    /// follow. Refused when the consumer is not in the notice's audience.
    /// Returns false when the state and note were already so.
    @discardableResult
    public func acknowledge(noticeID: Int64, consumerID: Int64, state: AcknowledgementState, note: String?,
                            at: Int64? = nil, by: String? = nil) throws -> Bool {
        try store.database.inTransaction {
            guard let before = try store.noticeAudience.answer(noticeID: noticeID, consumerID: consumerID) else {
                throw StoreError.refused(Refusal.consumerNotInAudience(consumerID: consumerID, notice: noticeID))
            }
            if before.state == state && (note == nil || note == before.note) { return false }
            let when = at ?? store.now()
            try store.noticeAudience.setAnswer(noticeID: noticeID, consumerID: consumerID, state: state, note: note, at: when, by: by ?? store.operatorLogin)
            try store.noticeAudience.recount(noticeID)
            try store.journal(entity: .notice, id: noticeID, action: .acknowledgement,
                        before: "consumer=\(consumerID) state=\(before.state.rawValue)",
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
        guard let id = try store.consumers.id(organisationNumber: digits), let found = try store.consumers.nameAndStage(id: id) else {
            throw StoreError.refused(.noConsumer(organisationNumber: organisationNumber))
        }
        let consumer = (id: id, name: found.name)
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
            guard try store.notices.exists(record.noticeID) else {
                bad.append(IntakeProblem(file: file, line: record.line, field: "notice", message: localized("no notice #{1}", record.noticeID)))
                continue
            }
            guard let consumer = try store.noticeAudience.audienceMember(noticeID: record.noticeID,
                                                            organisationNumber: record.organisationNumber.digits) else {
                bad.append(IntakeProblem(file: file, line: record.line, field: "org_number", message:
                    "\(record.organisationNumber.digits) is not in notice #\(record.noticeID)'s audience"))
                continue
            }
            matched.append((record, consumer))
        }
        bad = try ImportRefused.skipping(bad, skipBad: skipBad)
        return try store.database.inTransaction {
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
