import SegmentCore

/// The provider cases pane's own keys, named as their `:` commands.
public enum CaseKey: String, CaseIterable, Sendable {
    case forward

    func perform(_ state: inout AppState) -> [Effect] {
        switch self {
        case .forward:
            // The open case, else the selected one, shown to the operator before it goes.
            guard let caseID = CommandLine.selected(.cases, state) else {
                state.message = StatusMessage(Wording("f forwards a provider case: open one, or select it in pane 2"), isError: true)
                return []
            }
            return [.cases(.prepareForward(caseID: caseID))]
        }
    }
}
