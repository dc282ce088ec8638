/// The segment's agreement as the coordinator keeps it: versions imported,
/// every consumer asked to accept the newest, acceptances recorded by hand
/// or imported, and the sheet of who has not. A workflow over the store
/// that journals each step and writes through the repositories.
public struct AgreementDesk {
    let store: Store
}

extension Store {
    /// The work on the agreement.
    public var agreementDesk: AgreementDesk { AgreementDesk(store: self) }
}
