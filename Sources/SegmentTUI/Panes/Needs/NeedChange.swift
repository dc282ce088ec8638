import SegmentCore

/// What happened to a need, as the store reports it.
public enum NeedChange: RecordChangeFact {
    case raised(needID: Int64)
    case backed(needID: Int64, consumerName: String, importance: Importance)
    case legalBasisAssessed(needID: Int64, basis: LegalBasis)
    case stepTaken(needID: Int64, status: NeedStatus, backersTold: Int)

    public var wording: String {
        switch self {
        case .raised(let id): localized("need #{1} recorded, backed by the consumer that raised it", id)
        case let .backed(needID, name, importance):
            localized("{1} backs need #{2} as {3}", UntrustedText.line(name), needID, localized(importance.label))
        case let .legalBasisAssessed(needID, basis): localized("need #{1}: legal basis {2}", needID, localized(basis.label))
        case let .stepTaken(needID, status, told):
            localized("need #{1} is {2}; {3} backers told (the messages are queued)", needID, localized(status.label), told)
        }
    }
}
