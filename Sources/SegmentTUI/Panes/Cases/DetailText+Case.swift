import SegmentCore

extension DetailText {
    /// A provider case's record: where it stands with the provider, its
    /// updates and the reports grouped into it.
    static func providerCase(_ detail: CaseDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        let zone = state.timeZone
        var lines = [
            DetailLine("", localized("Provider case #{1}: {2}", row.id, UntrustedText.line(row.title)), .header),
            DetailLine(localized("Status"), localized(row.status.rawValue)),
            DetailLine(localized("Affected"), Language.interface.counted(row.affectedConsumers, "{1} consumer", "{1} consumers") + ", "
                       + Language.interface.counted(row.reports, "{1} report", "{1} reports")),
            DetailLine(localized("Provider ref"), UntrustedText.line(row.providerReference ?? localized("none yet"))),
            DetailLine(localized("Service"), "\(row.serviceKey) (\(detail.environment.rawValue))"),
            DetailLine(localized("Error code"), UntrustedText.line(row.errorCode ?? "—")),
            DetailLine(localized("Opened"), Format.timestamp(row.openedAt, zone)),
            DetailLine(localized("First seen"), detail.firstSeen.map { Format.timestamp($0, zone) } ?? "—"),
            DetailLine(localized("Last seen"), detail.lastSeen.map { Format.timestamp($0, zone) } ?? "—"),
            DetailLine(localized("Forwarded"), detail.forwardedAt.map {
                Format.timestamp($0, zone) + (row.status.isOpen && detail.consumersNotForwarded > 0
                    ? " · " + localized("{1} new since forwarded: f sends the provider an addendum", detail.consumersNotForwarded) : "")
            } ?? localized("not yet"), detail.forwardedAt != nil && row.status.isOpen && detail.consumersNotForwarded > 0 ? .slaSoon : .normal),
            DetailLine(localized("At provider"), row.status.isOpen && row.forwardedAt != nil
                       ? localized("{1} (the provider's clock; ours is stopped)", Format.duration(state.now - (row.forwardedAt ?? state.now))) : "—"),
            DetailLine(localized("Prov. target"), Self.providerTarget(row, state: state), Format.providerClock(row, now: state.now).role ?? .normal),
            DetailLine(localized("Resolved"), detail.resolvedAt.map { Format.timestamp($0, zone) } ?? localized("not yet")),
        ]
        lines += received(localized("Provider updates"), detail.providerUpdates, state)
        lines += [.blank, .heading(localized("Reports"))]
        lines += detail.incidents.map {
            .timed($0.receivedAt,
                       "#\($0.id) \(UntrustedText.line($0.consumerName ?? localized("unmatched"))) · \(localized($0.status.label)) · \(UntrustedText.line($0.errorCode ?? ""))", zone)
        }
        lines += messages(localized("Messages sent ({1}, newest first)", Format.count(detail.messagesSent.total)), detail.messagesSent, state)
        return lines
    }

    /// The provider's targets on a forwarded case and how it stands against
    /// them: "acknowledge by … (done …), resolve by … (3h15 left)".
    static func providerTarget(_ row: CaseRow, state: AppState) -> String {
        guard row.forwardedAt != nil else { return localized("from when the case is forwarded") }
        guard row.providerResponseDueAt != nil || row.providerResolutionDueAt != nil else {
            return localized("not agreed (provider_response.P1 in the configuration, or :target on the provider)")
        }
        let zone = state.timeZone
        var parts: [String] = []
        if let due = row.providerResponseDueAt {
            let standing = row.acknowledgedAt.map { localized("acknowledged {1}", Format.timestamp($0, zone)) + ($0 > due ? ", " + localized("late") : "") }
                ?? Format.sla(dueAt: due, now: state.now).text
            parts.append(localized("acknowledge by {1} ({2})", Format.timestamp(due, zone), standing))
        }
        if let due = row.providerResolutionDueAt {
            let standing = row.status.isOpen ? Format.sla(dueAt: due, now: state.now).text : localized("done")
            parts.append(localized("resolve by {1} ({2})", Format.timestamp(due, zone), standing))
        }
        return parts.joined(separator: "; ")
    }
}

extension CaseDetail: PaneRecord {
    func lines(_ state: AppState) -> [DetailLine] { DetailText.providerCase(self, state) }
}

extension RecordDetail {
    /// The record as the cases pane reads it; nil when another pane's.
    var providerCase: CaseDetail? {
        if case .providerCase(let record) = self { record } else { nil }
    }
}
