/// What a kept mail was to segdesk, as `inbound_mail.kind` stores it.
enum InboundMailKind: String, CaseIterable, Sendable {
    /// A new report: it became an incident.
    case report
    /// A consumer's answer on its incident.
    case reply
    /// The provider's answer on a forwarded case.
    case providerUpdate = "provider_update"
    /// A consumer's answer to a notice.
    case noticeAnswer = "notice_answer"
    /// The provider's own notice, taken as a draft.
    case providerNotice = "provider_notice"
    /// A consumer's answer to a request to accept the agreement.
    case agreementAnswer = "agreement_answer"
}
