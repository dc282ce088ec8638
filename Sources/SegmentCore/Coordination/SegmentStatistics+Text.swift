import Foundation

extension SegmentStatistics {
    /// The statistics as text with its plots, for a terminal, a pipe or a
    /// mail; `unicode` chooses block characters or ASCII.
    public func text(unicode: Bool) -> String {
        let total = perDay.reduce(0, +)
        var lines = ["Segment report, the last \(days) days to \(Timestamps.iso(generatedAt).prefix(10))", ""]
        lines.append("Reports per day (\(total) in all; each mark one day, oldest first)")
        let width = max(12, (services.map(\.service.count).max() ?? 0) + 2)
        lines.append("  " + "all".padding(toLength: width, withPad: " ", startingAt: 0)
                     + Plot.sparkline(perDay, unicode: unicode) + "  max \(perDay.max() ?? 0)/day")
        for service in services {
            lines.append("  " + service.service.padding(toLength: width, withPad: " ", startingAt: 0)
                         + Plot.sparkline(service.perDay, unicode: unicode)
                         + "  \(service.perDay.reduce(0, +)) (max \(service.perDay.max() ?? 0)/day)")
        }
        lines += ["", "The ten consumers reporting most"]
        let most = topConsumers.first?.reports ?? 0
        lines += topConsumers.isEmpty ? ["  none"] : topConsumers.map { consumer in
            "  " + Plot.bar(consumer.reports, of: most, width: 20, unicode: unicode)
                + " \(String(consumer.reports).leftPadded(5))  \(consumer.name) (\(consumer.organisationNumber))"
        }
        lines += ["", "From a case's first report to the provider, median per week"]
        lines += weeks.isEmpty ? ["  no case forwarded"] : weeks.map { week in
            "  week of \(Timestamps.iso(week.start).prefix(10))  "
                + (week.medianToForwarding.map { ProviderDigest.duration($0) } ?? "-") + "  (\(week.cases) cases)"
        }
        lines += ["", "First answer within the SLA: " + (slaMetPercent.map { String(format: "%.1f %%", $0) } ?? "no reports yet")]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
