/// The consumers as the coordinator onboards and keeps them: registered,
/// imported and updated, moved along the pipeline with their checklists,
/// their contacts, services and declared legal basis. A workflow over the
/// store that journals each change and writes through the repositories.
public struct ConsumerDesk {
    let store: Store
}

extension Store {
    /// The work on consumers.
    public var consumerDesk: ConsumerDesk { ConsumerDesk(store: self) }
}
