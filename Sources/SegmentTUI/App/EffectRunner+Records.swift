import SegmentCore

extension EffectRunner {
    /// Reading what the screen shows: panes, counts, a record, a sheet, a theme.
    func read(_ effect: Effect, state: AppState, keeping: Bool) throws -> Action? {
        let loader = PaneLoader(store: store)
        let layout = Layout(state)
        switch effect {
        case .loadPane(let kind):
            return .paneRead(kind, try loader.read(kind, state.panes[kind]!, rows: layout.listRows(for: kind, focus: state.focus)))
        case let .locateRecord(kind, id, screenRow):
            return .recordLocated(kind, id: id, try loader.locate(kind, id: id, filter: state.panes[kind]!.filter, screenRow: screenRow,
                                                                 rows: layout.listRows(for: kind, focus: state.focus)))
        case .countPane(let kind):
            return .paneCounted(kind, try loader.counts(kind, state.panes[kind]!))
        case .loadOverview:
            return .overviewLoaded(try store.overview())
        case let .openRecord(kind, id):
            // A reply that cannot be marked read now (another operator's
            // import holds the lock) stays new; the record opens all the same.
            let markedRead = kind == .incidents ? (try? store.triageDesk.markReplyRead(incidentID: id)) ?? false : false
            if !markedRead, let ahead = state.recordAhead, ahead.detail.pane == kind, ahead.detail.id == id,
               ahead.dataVersion == (try store.dataVersion()) {
                return .recordLoaded(ahead.detail)
            }
            var detail = DetailState(pane: kind, id: id, record: try loader.record(kind, id: id),
                                     history: try store.history(entity: kind.entity, id: id))
            detail.markedReplyRead = markedRead
            return .recordLoaded(detail)
        case let .readRecordAhead(kind, id):
            // Read before it is asked for: when it cannot be, Enter reads it
            // and says why; an idle moment says nothing.
            let version = try? store.dataVersion()
            guard let version, let record = try? loader.record(kind, id: id),
                  let history = try? store.history(entity: kind.entity, id: id) else { return nil }
            return .recordReadAhead(RecordAhead(detail: DetailState(pane: kind, id: id, record: record, history: history),
                                                dataVersion: version))
        case let .loadPreview(kind, id):
            return .previewLoaded(try id.map { try loader.record(kind, id: $0) })
        case .applyTheme(let name):
            _ = try themes.theme(named: name)
            return .themeApplied(name)
        case .loadOutbox:
            return .sheetLoaded(.outbox(try store.outbox.review()))
        case .loadAlerts:
            return .sheetLoaded(.alerts(AlertsSheet(alerts: try store.alerts.open())))
        case let .loadMessages(kind, id, title):
            let correspondence = switch kind {
            case .consumers: try store.correspondence.consumer(id, limit: CorrespondenceSheet.limit)
            default: try store.correspondence.sent(about: kind.entity, id: id, limit: CorrespondenceSheet.limit)
            }
            return .sheetLoaded(.correspondence(CorrespondenceSheet(title: title, correspondence: correspondence)))
        case .loadMessage(let entry):
            guard let message = try store.correspondence.message(entry.direction, id: entry.id) else {
                throw StoreError.notFound(entity: .message, id: entry.id)
            }
            return .sheetLoaded(.message(message, list: nil))
        case .loadAgreements:
            return .sheetLoaded(.agreements(try store.agreementDesk.agreementReview()))
        case .loadDigest:
            return .sheetLoaded(.digest(try store.digest(days: 7)))
        case .loadStatistics:
            return .sheetLoaded(.statistics(try store.statistics(days: 30)))
        default:
            assertionFailure("\(effect) is not routed to read")
            return nil
        }
    }
}
