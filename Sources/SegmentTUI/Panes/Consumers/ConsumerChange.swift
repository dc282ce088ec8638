import SegmentCore

/// What happened to a consumer, as the store reports it. Names, addresses
/// and checklist steps are outside text, shown through `UntrustedText`.
public enum ConsumerChange: RecordChangeFact {
    case agreementAccepted(consumerName: String, version: Int)
    case legalDeclarationRecorded(consumerName: String)
    case acceptanceRequested(consumers: Int, version: Int)
    case checklistTicked(step: String, ticked: Bool)
    case registered(consumerName: String)

    public var wording: String {
        switch self {
        case let .agreementAccepted(name, version):
            localized("{1} accepted agreement version {2} (recorded by you)", UntrustedText.line(name), version)
        case .legalDeclarationRecorded(let name): localized("recorded the own declaration of its legal basis of {1}", UntrustedText.line(name))
        case let .acceptanceRequested(consumers, version):
            localized("{1} consumers asked to accept version {2}; the messages are queued", consumers, version)
        case let .checklistTicked(step, ticked):
            ticked ? localized("ticked: {1}", UntrustedText.line(step)) : localized("unticked: {1}", UntrustedText.line(step))
        case .registered(let name): localized("{1} registered; :stage moves it on", UntrustedText.line(name))
        }
    }
}
