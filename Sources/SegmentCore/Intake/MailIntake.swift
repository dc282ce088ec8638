/// What taking in one mail message did.
public enum MailIngestOutcome: Equatable, Sendable {
    /// A new report; `consumerID` nil when the sender matched no consumer.
    case newIncident(id: Int64, consumerID: Int64?)
    /// A consumer's answer on one of their incidents.
    case reply(incidentID: Int64)
    /// The provider's answer on a forwarded case.
    case providerUpdate(caseID: Int64)
    /// A consumer's answer to a notice it was sent.
    case noticeAnswer(noticeID: Int64)
    /// Untagged mail from a provider: a draft notice for the operator to classify.
    case draftNotice(noticeID: Int64)
    /// A consumer's mail on an agreement version's thread, kept on its record.
    case agreementAnswer(consumerID: Int64)
    /// A reply to an alert from an address it went to; `acknowledged` when
    /// it said ACK (or KVITTERT) and the alert was still open.
    case alertReply(alertID: Int64, acknowledged: Bool)
    /// Its Message-ID was taken in before; nothing changed.
    case duplicate
}

/// Taking in one mail message: deciding whose thread it answers, if the
/// sender may answer there, and else what new record it starts. A workflow
/// over a store, run by `segdesk ingest` for each message of a Maildir.
public struct MailIntake {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Takes in one mail message in one transaction: a reply when its subject
    /// carries an incident's or case's tag, or when it answers a message
    /// segdesk sent; otherwise a new incident, its consumer found through the
    /// sender's contact address or mail domain. `deliveredAt` is when it
    /// reached the mailbox, which starts the clock.
    public func take(_ mail: InboundMail, deliveredAt: Int64) throws -> MailIngestOutcome {
        try store.database.inTransaction {
            if try store.inboundMail.seen(messageID: mail.messageID) {
                return .duplicate
            }
            let claimed = try store.intakeDesk.thread(of: mail)
            switch claimed {
            case .incident(let id) where try store.intakeDesk.sender(mail.senderAddress, mayAnswerIncident: id):
                try store.intakeDesk.recordReply(mail, incidentID: id, deliveredAt: deliveredAt)
                return .reply(incidentID: id)
            case .providerCase(let id) where try store.intakeDesk.sender(mail.senderAddress, mayAnswerCase: id):
                try store.intakeDesk.recordProviderUpdate(mail, caseID: id, deliveredAt: deliveredAt)
                return .providerUpdate(caseID: id)
            case .notice(let id) where try store.intakeDesk.sender(mail.senderAddress, mayAnswerNotice: id) != nil:
                let consumer = try store.intakeDesk.sender(mail.senderAddress, mayAnswerNotice: id)!
                try store.intakeDesk.recordNoticeAnswer(mail, noticeID: id, consumerID: consumer, deliveredAt: deliveredAt)
                return .noticeAnswer(noticeID: id)
            case .notice(let id):
                return try store.intakeDesk.recordMailReport(mail, deliveredAt: deliveredAt, note: "unverified=answer-to-notice-\(id)")
            case .agreement(let version):
                let (consumer, _) = try store.intakeDesk.consumer(forSender: mail.senderAddress)
                guard let consumer else {
                    return try store.intakeDesk.recordMailReport(mail, deliveredAt: deliveredAt, note: "unverified=agreement-\(version)")
                }
                try store.agreementDesk.recordAgreementAnswer(mail, version: version, consumerID: consumer, deliveredAt: deliveredAt)
                return .agreementAnswer(consumerID: consumer)
            case .alert(let id) where try store.alertDesk.wasTold(mail.senderAddress, alert: id):
                return .alertReply(alertID: id, acknowledged: try store.alertDesk.acknowledge(byReply: mail, alert: id))
            case .alert(let id):
                return try store.intakeDesk.recordMailReport(mail, deliveredAt: deliveredAt, note: "unverified=reply-to-alert-\(id)")
            case .incident(let id):
                return try store.intakeDesk.recordMailReport(mail, deliveredAt: deliveredAt, note: "unverified=reply-to-incident-\(id)")
            case .providerCase(let id):
                return try store.intakeDesk.recordMailReport(mail, deliveredAt: deliveredAt, note: "unverified=update-on-case-\(id)")
            case nil:
                if let provider = try store.intakeDesk.provider(forSender: mail.senderAddress) {
                    return .draftNotice(noticeID: try store.intakeDesk.recordProviderNotice(mail, providerID: provider, deliveredAt: deliveredAt))
                }
                return try store.intakeDesk.recordMailReport(mail, deliveredAt: deliveredAt)
            }
        }
    }
}
