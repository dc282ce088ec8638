/// The provider's change and outage notices as the coordinator works them:
/// written or imported as drafts, classified, their audience changed,
/// published, answered and chased. A workflow over the store that journals
/// each step and writes through the repositories.
public struct NoticeDesk {
    let store: Store
}

extension Store {
    /// The work on notices.
    public var noticeDesk: NoticeDesk { NoticeDesk(store: self) }
}
