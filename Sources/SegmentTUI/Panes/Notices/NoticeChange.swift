import SegmentCore

/// What happened to a change notice, as the store reports it. Names are the
/// consumers' own, shown through `UntrustedText`.
public enum NoticeChange: RecordChangeFact {
    case reportsJoinedOutage(count: Int)
    case published(noticeID: Int64, messagesQueued: Int)
    case answered(noticeID: Int64, consumerName: String, state: AcknowledgementState)
    case audienceChanged(noticeID: Int64, consumerName: String, added: Bool)
    case classified(noticeID: Int64, kind: NoticeKind, breaking: Bool)
    case drafted(noticeID: Int64, audience: Int)
    case corrected(noticeID: Int64, amendment: NoticeAmendment, messagesQueued: Int, added: Int)

    public var wording: String {
        switch self {
        case .reportsJoinedOutage(let count):
            Language.interface.counted(count, "{1} open report joined the outage's case; each reporter gets the known-issue answer",
                                       "{1} open reports joined the outage's case; each reporter gets the known-issue answer")
        case let .published(noticeID, queued):
            localized("notice #{1} published; {2} messages queued (segdesk outbox deliver sends them)", noticeID, queued)
        case let .answered(noticeID, name, state):
            localized("{1} is {2} on notice #{3}", UntrustedText.line(name), localized(state.label), noticeID)
        case let .audienceChanged(noticeID, name, added):
            added ? localized("{1} added to the audience of notice #{2}", UntrustedText.line(name), noticeID)
                : localized("{1} removed from the audience of notice #{2}", UntrustedText.line(name), noticeID)
        case let .classified(noticeID, kind, breaking):
            localized("notice #{1} is now {2}", noticeID, localized(kind.label)) + (breaking ? ", " + localized("BREAKING") : "")
        case let .corrected(noticeID, amendment, queued, added):
            Self.corrected(noticeID, amendment) + (queued + added == 0 ? ""
                : "; " + (added == 0 ? Language.interface.counted(queued, "{1} correction queued", "{1} corrections queued")
                          : localized("{1} and {2} queued", Language.interface.counted(queued, "{1} correction", "{1} corrections"),
                                      Language.interface.counted(added, "{1} new notice", "{1} new notices"))))
        case let .drafted(noticeID, audience):
            localized("notice #{1} kept as a draft reaching {2}; :publish sends it", noticeID,
                      Language.interface.counted(audience, "{1} consumer", "{1} consumers"))
        }
    }

    private static func corrected(_ noticeID: Int64, _ amendment: NoticeAmendment) -> String {
        switch amendment {
        case .edit(let field, _): localized("notice #{1}: {2} changed", noticeID, localized(field.label))
        case .postpone: localized("notice #{1} postponed", noticeID)
        case .withdraw: localized("notice #{1} withdrawn", noticeID)
        case .end: localized("notice #{1} is over now", noticeID)
        }
    }
}
