/// The segment's needs as the coordinator works them: raised, backed,
/// merged, assessed, moved along their road with every backer told, and
/// proposed to the ministry. A workflow over the store that journals each
/// step and writes through the repositories.
public struct NeedDesk {
    let store: Store
}

extension Store {
    /// The work on needs.
    public var needDesk: NeedDesk { NeedDesk(store: self) }
}
