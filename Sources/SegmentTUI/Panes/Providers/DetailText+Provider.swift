import SegmentCore

extension DetailText {
    /// A provider's record: where its cases go, its contacts and own
    /// targets, its services, the cases open with it and its notices.
    static func provider(_ detail: ProviderDetail, _ state: AppState) -> [DetailLine] {
        let row = detail.row
        var lines = [
            DetailLine("", "\(UntrustedText.line(row.name)) (\(UntrustedText.line(row.providerKey)))", .header),
            DetailLine(localized("Cases go to"), UntrustedText.line(row.email)),
            .blank, .heading(localized("Contacts (:contact ROLE EMAIL NAME)")),
        ]
        lines += detail.contacts.isEmpty ? [DetailLine("", localized("none recorded"))] : detail.contacts.map {
            DetailLine(localized($0.role.rawValue), UntrustedText.line("\($0.name) <\($0.email)>"))
        }
        lines += [.blank, .heading(localized("Its own targets for a forwarded case (:target P ACK RESOLVE)"))]
        for priority in Priority.allCases {
            let target = detail.targets.first { $0.priority == priority }
            lines.append(DetailLine(priority.label, target.map {
                localized("acknowledges within {1}, resolves within {2}", ProviderTarget.written($0.acknowledge), ProviderTarget.written($0.resolve))
            } ?? localized("not agreed"), target == nil ? .slaSoon : .normal))
        }
        lines += [.blank, .heading(localized("Services (n registers one)"))]
        lines += detail.services.map {
            DetailLine("", UntrustedText.line($0.key) + ": " + UntrustedText.line($0.name) + " · "
                       + $0.environments.map { localized($0.rawValue) }.joined(separator: ", ") + " · "
                       + Wording.counted($0.consumers, "{1} consumer", "{1} consumers").description
                       + ($0.description.map { " · " + UntrustedText.line($0) } ?? ""))
        }
        lines += [.blank, .heading(localized("Cases open with it"))]
        lines += detail.openCases.isEmpty ? [DetailLine("", localized("none"))] : detail.openCases.map {
            DetailLine("#\($0.id)", "\(localized($0.status.rawValue)) · \(UntrustedText.line($0.serviceKey)) · \(UntrustedText.line($0.title))")
        }
        lines += [.blank, .heading(localized("Notices it published, newest first"))]
        lines += detail.notices.isEmpty ? [DetailLine("", localized("none"))] : detail.notices.map {
            DetailLine(Format.date($0.effectiveAt, state.timeZone),
                       "\(localized($0.kind.label)) · \(localized($0.status.rawValue)) · \(UntrustedText.line($0.title))")
        }
        return lines
    }
}

extension ProviderDetail: PaneRecord {
    func lines(_ state: AppState) -> [DetailLine] { DetailText.provider(self, state) }
}

extension RecordDetail {
    /// The record as the providers pane reads it; nil when another pane's.
    var provider: ProviderDetail? {
        if case .provider(let record) = self { record } else { nil }
    }
}
