/// The one report to the provider for a case, and its addendum when more
/// consumers report the same fault after it was sent.
public struct CaseReport: Equatable, Sendable {
    /// One report's evidence: when, from whom, its code and correlation id.
    public struct Evidence: Equatable, Sendable {
        public var receivedAt: Int64
        public var organisationNumber: String?
        public var errorCode: String?
        public var correlationID: String?
        public var environment: String
        public var title: String
    }

    public var caseID: Int64
    public var title: String
    public var affectedConsumers: Int
    public var reports: Int
    public var serviceKey: String
    public var environment: String
    public var errorCode: String?
    public var firstSeen: Int64?
    public var lastSeen: Int64?
    public var providerReference: String?
    public var evidence: [Evidence]

    /// The report itself.
    public func forwarding(in language: Language) -> MessageText {
        let title = UntrustedText.line(title)
        return MessageText(
            subject: "[SEG-C\(caseID)] " + language.text("{1}: {2} consumers affected", title, language.number(affectedConsumers)),
            body: [language.text("Case SEG-C{1}: {2}", caseID, title), "",
                   language.text("Consumers affected: {1} ({2})", language.number(affectedConsumers), language.counted(reports, "{1} report", "{1} reports")),
                   language.text("Service: {1} ({2})", serviceKey, environment),
                   language.text("Error code: {1}", errorCode ?? "-"),
                   language.text("First seen: {1}", firstSeen.map { MessageTime.moment($0, language) } ?? "-"),
                   language.text("Last seen: {1}", lastSeen.map { MessageTime.moment($0, language) } ?? "-"), "",
                   language.text("Reports:")] + evidenceLines(language)
                + ["", language.text("Please answer with your reference for this case.")])
    }

    /// The addendum naming only the `newConsumers` that joined since.
    public func addendum(newConsumers: Int, in language: Language) -> MessageText {
        let title = UntrustedText.line(title)
        let reference = providerReference.map { " " + language.text("(your reference {1})", UntrustedText.line($0)) } ?? ""
        return MessageText(
            subject: "[SEG-C\(caseID)] " + language.counted(newConsumers, "Addendum: {1} more consumer affected",
                                                             "Addendum: {1} more consumers affected") + ": \(title)",
            body: [language.text("Case SEG-C{1}{2}: {3}", caseID, reference, title), "",
                   language.counted(newConsumers, "Since we reported this case, {1} more consumer has reported the same fault.",
                                    "Since we reported this case, {1} more consumers have reported the same fault."),
                   language.text("Consumers affected now: {1} ({2}).", language.number(affectedConsumers), language.counted(reports, "{1} report", "{1} reports")), "",
                   language.text("New reports:")] + evidenceLines(language))
    }

    private func evidenceLines(_ language: Language) -> [String] {
        evidence.map { item in
            Timestamp.iso(item.receivedAt) + "  " + language.text("consumer {1}", item.organisationNumber ?? language.text("unknown"))
                + "  \(item.errorCode.map(UntrustedText.line) ?? "-")  " + language.text("correlation {1}", item.correlationID.map(UntrustedText.line) ?? "-")
                + "  \(item.environment)\n    \(UntrustedText.line(item.title))"
        }
    }
}
