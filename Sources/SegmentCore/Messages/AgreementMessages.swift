/// The facts of an agreement version that messages about it name.
public struct AgreementFacts: Equatable, Sendable {
    public var version: Int64
    public var title: String
    public var reference: String?
    public var effectiveAt: Int64
    public var acceptBy: Int64?
}

/// What segdesk writes to a consumer about the segment's agreement: the
/// request to accept a new version, and the reminder before its deadline.
public enum AgreementMessages {
    public static func request(_ agreement: AgreementFacts, consumer: String, in language: Language) -> MessageText {
        let title = UntrustedText.line(agreement.title)
        let by = agreement.acceptBy.map { " " + language.text("by {1}", MessageTime.moment($0, language)) } ?? ""
        return MessageText(
            subject: "[SEG-A\(agreement.version)] " + language.text("Please accept: {1}", title) + by,
            body: [language.text("To {1},", UntrustedText.line(consumer)), "",
                   language.text("The segment's agreement with the provider has a new version {1}: {2}.", agreement.version, title)]
                + (agreement.reference.map { [language.text("The document: {1}", UntrustedText.line($0))] } ?? [])
                + [language.text("Effective: {1}", MessageTime.moment(agreement.effectiveAt, language)), "",
                   language.text("Please sign and return it{1}. Reply to this message with any question; we record your acceptance when we have the signed document.", by)])
    }

    public static func reminder(_ agreement: AgreementFacts, deadline: Int64, consumer: String, in language: Language) -> MessageText {
        let title = UntrustedText.line(agreement.title)
        let day = MessageTime.moment(deadline, language)
        return MessageText(
            subject: "[SEG-A\(agreement.version)] " + language.text("Reminder: please accept {1} by {2}", title, day),
            body: [language.text("{1} has not yet accepted version {2} of the segment's agreement with the provider: {3}.",
                                 UntrustedText.line(consumer), agreement.version, title), "",
                   language.text("It must be accepted by {1}. Reply to this message to tell us it is signed, or what stands in the way.", day)])
    }
}
