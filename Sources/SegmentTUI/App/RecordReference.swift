import SegmentCore

/// A record as segdesk names it in mail and alerts (SEG-12, SEG-C3, SEG-N4):
/// the pane that shows it and its id. `segdesk --open` and the alerts
/// sheet's Enter read it.
public struct RecordReference: Equatable, Sendable {
    public let pane: PaneKind
    public let id: Int64

    public init?(_ text: String) {
        switch MailSubjectTag.find(in: "[" + text.uppercased() + "]") {
        case .incident(let id)?: (pane, self.id) = (.incidents, id)
        case .providerCase(let id)?: (pane, self.id) = (.cases, id)
        case .notice(let id)?: (pane, self.id) = (.notices, id)
        default: return nil
        }
    }
}
