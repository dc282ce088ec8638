/// Lays out what scrolls on the screen of `state` (the open record, the help
/// or a sheet, the confirmation box) as the view draws it, and says how far
/// each can scroll. Nothing is laid out on the dashboard alone.
enum MeasuredText {
    static func measurements(of state: AppState) -> Measurements {
        var measured = Measurements()
        let height = Layout(state).pageLines + 1
        if let detail = state.detail {
            let lines = DetailText.wrapped(detail.record, history: detail.history, state: state, width: state.width)
            measured.recordScrollLimit = RecordView.clampedScroll(.max, lineCount: lines.count, height: height)
            measured.repliesLine = DetailText.repliesLine(in: lines).map { min($0, measured.recordScrollLimit) }
        }
        switch state.overlay {
        case .help, .sheet:
            measured.sheetScrollLimit = RecordView.clampedScroll(.max, lineCount: HelpView.sheetLines(state).count, height: height)
        case .confirmation(let confirmation):
            let geometry = ConfirmationBox.geometry(confirmation, width: state.width, height: state.height)
            measured.confirmationScrollLimit = geometry.maximumScroll
            measured.confirmationPage = geometry.visibleLines
        case .form, nil:
            break
        }
        return measured
    }

    /// Lays out a record read ahead as it will open, so that Enter finds
    /// its lines laid out.
    static func layOut(_ detail: DetailState, in state: AppState) {
        _ = DetailText.wrapped(detail.record, history: detail.history, state: state, width: state.width)
    }
}
