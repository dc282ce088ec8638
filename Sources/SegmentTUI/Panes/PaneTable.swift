import SegmentCore

/// How each pane lays out its rows as a table, wider tables showing more columns.
enum PaneTable {
    /// From this width a notice's progress and a need's score also show as a bar.
    static let plotWidth = 95

    static func table(for kind: PaneKind, width: Int) -> Table {
        let wide = width >= 110, plots = width >= plotWidth
        switch kind {
        case .incidents:
            return Table(columns: [.fixed("", 1), .fixed("Pri", 3), .fixed("Age", 4, right: true),
                                   .fixed("SLA", 6, right: true), .fixed("Status", 9), .fixed("Consumer", wide ? 26 : 16)]
                         + (wide ? [.fixed("Service", 22), .fixed("Code", 9)] : []) + [.rest("Title")])
        case .cases:
            return Table(columns: [.fixed("", 1), .fixed("Status", 12), .fixed("Affected", 9, right: true),
                                   .fixed("At prov", 7, right: true)]
                         + (wide ? [.fixed("Reports", 7, right: true), .fixed("Service", 22), .fixed("Opened", 10)] : [])
                         + [.fixed("Provider ref", 12), .rest("Title")])
        case .notices:
            return Table(columns: [.fixed("", 1), .fixed("Kind", 12), .fixed("Breaking", 8), .fixed("Status", 9),
                                   .fixed("Effective", 10), .fixed("Done", 9, right: true)]
                         + (plots ? [.fixed("Progress", 12)] : []) + (wide ? [.fixed("Deadline", 10)] : []) + [.rest("Title")])
        case .needs:
            return Table(columns: [.fixed("", 1), .fixed("Score", 5, right: true)] + (plots ? [.fixed("", 12)] : [])
                         + [.fixed("Backers", 7, right: true), .fixed("Status", 11), .fixed("Legal", 7), .rest("Need")])
        case .consumers:
            return Table(columns: [.fixed("", 1), .fixed("Org no", 11), .rest("Name"), .fixed("Stage", 10),
                                   .fixed("Agreement", 9), .fixed("Open", 5, right: true)])
        }
    }

    /// The cells of each row, text sanitised.
    static func cells(_ rows: PaneRows, marked: Set<Int64>, width: Int, state: AppState) -> [[TableCell]] {
        let wide = width >= 110, plots = width >= plotWidth
        let now = state.now, zone = state.timeZone
        func mark(_ id: Int64) -> TableCell { marked.contains(id) ? TableCell("*", .marked) : TableCell(" ") }
        switch rows {
        case .incidents(let rows):
            return rows.map { row in
                let sla = Format.sla(dueAt: row.slaDueAt, now: now)
                return [mark(row.id), TableCell(row.priority.label, Format.role(for: row.priority)),
                        TableCell(Format.duration(now - row.receivedAt)), TableCell(sla.text, sla.role),
                        row.hasUnreadReply ? TableCell(localized("new reply"), .slaSoon) : TableCell(localized(row.status.label)),
                        TableCell(UntrustedText.line(row.consumerName ?? localized("(unmatched)")))]
                    + (wide ? [TableCell(row.serviceKey), TableCell(UntrustedText.line(row.errorCode ?? ""))] : [])
                    + [TableCell(UntrustedText.line(row.title))]
            }
        case .cases(let rows):
            return rows.map { row in
                [mark(row.id), TableCell(localized(row.status.rawValue)), TableCell(Format.count(row.affectedConsumers)),
                 TableCell(Format.providerClock(row, now: now))]
                    + (wide ? [TableCell(Format.count(row.reports)), TableCell(row.serviceKey),
                               TableCell(Format.date(row.openedAt, zone))] : [])
                    + [TableCell(UntrustedText.line(row.providerReference ?? "—")), TableCell(UntrustedText.line(row.title))]
            }
        case .notices(let rows):
            return rows.map { row in
                let draft = row.status == .draft
                let late = NoticeProgress.isLate(row, now: now)
                return [mark(row.id), TableCell(localized(row.kind.label)), TableCell(row.breaking ? localized("BREAKING") : "", .headerAlert),
                        TableCell(localized(row.status.rawValue), draft ? .slaSoon : nil), TableCell(Format.date(row.effectiveAt, zone)),
                        TableCell(draft ? "→\(Format.count(row.audience))" : "\(Format.count(row.done))/\(Format.count(row.audience))",
                                  late ? .slaBreached : nil)]
                    + (plots ? [TableCell(draft ? "" : Plot.bar(row.done, of: row.audience, width: 12,
                                                                          unicode: state.plotsInUnicode), .dim)] : [])
                    + (wide ? [TableCell(row.deadline.map { Format.date($0, zone) } ?? "—", late ? .slaBreached : nil)] : [])
                    + [TableCell(UntrustedText.line(row.title))]
            }
        case .needs(let rows):
            let top = rows.map(\.score).max() ?? 0
            return rows.map { row in
                [mark(row.id), TableCell(String(row.score))]
                    + (plots ? [TableCell(Plot.bar(row.score, of: top, width: 12, unicode: state.plotsInUnicode), .dim)] : [])
                    + [TableCell(String(row.backers)), TableCell(localized(row.status.label)),
                 TableCell(row.legal == .notCovered ? localized("not cov") : row.legal == .unclear ? localized("unclear") : "",
                          row.legal == .notCovered ? .slaSoon : nil), TableCell(UntrustedText.line(row.title))]
            }
        case .consumers(let rows):
            let current = state.overview.currentAgreement
            return rows.map { row in
                let agreement = row.acceptedAgreement.map { "v\($0)" } ?? localized("none")
                let behind = current != nil && row.acceptedAgreement != current
                return [mark(row.id), TableCell(OrganisationNumber.grouped(row.organisationNumber)), TableCell(UntrustedText.line(row.name)),
                        TableCell(localized(row.stage.label)),
                        TableCell(behind && row.acceptedAgreement != nil ? localized("{1} old", agreement) : agreement, behind ? .slaSoon : nil),
                        TableCell(String(row.openIncidents))]
            }
        }
    }

    /// "12 of 2,031", or "10,000+ of 1,000,000" when the count stopped early.
    static func matches(_ pane: PaneState) -> String {
        localized("{1} of {2}", Format.count(pane.matching) + (pane.matchingIsFloor ? "+" : ""), Format.count(pane.total))
    }

    /// The consumers of the segment by where they are: "128 · 92 live · 33 onboarding · 3 suspended";
    /// offboarded ones are no longer the segment's and are only named aside.
    static func consumerStages(_ total: Int, _ stages: [OnboardingStage: Int]) -> String {
        let offboarded = stages[.offboarded] ?? 0
        let onboarding = OnboardingStage.pipeline.dropLast().reduce(0) { $0 + (stages[$1] ?? 0) }
        var parts = [Format.count(total - offboarded)]
        if let live = stages[.live], live > 0 { parts.append(localized("{1} live", Format.count(live))) }
        if onboarding > 0 { parts.append(localized("{1} onboarding", Format.count(onboarding))) }
        if let suspended = stages[.suspended], suspended > 0 { parts.append(localized("{1} suspended", Format.count(suspended))) }
        return parts.joined(separator: " · ") + (offboarded > 0 ? " " + localized("({1} offboarded)", Format.count(offboarded)) : "")
    }

    /// The counts after a pane's title: "312 open · 2,031", or "12 of 2,031" while filtered.
    static func summary(_ kind: PaneKind, _ pane: PaneState, _ overview: Overview) -> String {
        if kind.isFiltered(by: pane.filter) { return matches(pane) }
        switch kind {
        case .incidents: return localized("{1} open · {2}", Format.count(overview.openIncidents), Format.count(pane.total))
        case .cases: return localized("{1} open · {2}", Format.count(overview.openCases), Format.count(pane.total))
        case .consumers: return consumerStages(pane.total, overview.consumersByStage ?? [:])
        case .notices:
            return Format.count(pane.total) + (overview.draftNotices > 0 ? " · " + localized("{1} draft", Format.count(overview.draftNotices)) : "")
                + (overview.medianNoticeLeadTime.map { " · " + localized("lead time {1} (median)", Format.duration($0)) } ?? "")
        default: return Format.count(pane.total)
        }
    }
}
