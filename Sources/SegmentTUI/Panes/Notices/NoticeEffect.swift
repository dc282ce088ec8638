import SegmentCore

/// What the notices pane asks of the store: writing, classifying and publishing
/// a notice, its audience and answers, an outage's reports. Carried as
/// `Effect.notices`; `EffectRunner.noticeOutcome` carries it out.
public enum NoticeEffect: Equatable, Sendable {
    /// Takes the open reports that came before an outage notice into its case.
    case joinReportsBeforeOutage(noticeID: Int64)
    /// Reads what publishing a notice would send and asks first.
    case preparePublication(noticeID: Int64)
    case publishNotice(noticeID: Int64)
    case acknowledge(noticeID: Int64, organisationNumber: String, state: AcknowledgementState, note: String?)
    case changeAudience(noticeID: Int64, organisationNumber: String, adding: Bool)
    case classifyNotice(noticeID: Int64, kind: NoticeKind, breaking: Bool)
    /// A notice written in the dashboard's form, kept as a draft.
    case writeNotice(NoticeDraft)
    /// Reads what a correction would do: a draft's is made at once, a
    /// published notice's asks first with the count and the first message.
    case prepareCorrection(noticeID: Int64, NoticeAmendment)
    case correctNotice(noticeID: Int64, NoticeAmendment)
}
