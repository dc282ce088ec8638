import Foundation

extension SegmentStatistics {
    /// The statistics as text with its plots in `language`, for a terminal,
    /// a pipe or a mail; `unicode` chooses block characters or ASCII.
    public func text(unicode: Bool, in language: Language) -> String {
        let total = perDay.reduce(0, +)
        var lines = [language.text("Segment report, the last {1} days to {2}", days, MessageTime.day(generatedAt, language)), ""]
        lines.append(language.text("Reports per day ({1} in all; each mark one day, oldest first)", language.number(total)))
        let all = language.text("all")
        let name = { (service: ServiceDays) in service.service ?? language.text("unknown service") }
        let width = max(12, (services.map { name($0).count }.max() ?? 0) + 2, all.count + 2)
        lines.append("  " + all.padding(toLength: width, withPad: " ", startingAt: 0)
                     + Plot.sparkline(perDay, unicode: unicode) + "  " + language.text("max {1}/day", perDay.max() ?? 0))
        for service in services {
            lines.append("  " + name(service).padding(toLength: width, withPad: " ", startingAt: 0)
                         + Plot.sparkline(service.perDay, unicode: unicode) + "  "
                         + language.text("{1} (max {2}/day)", language.number(service.perDay.reduce(0, +)), service.perDay.max() ?? 0))
        }
        lines += ["", language.text("The ten consumers reporting most")]
        let most = topConsumers.first?.reports ?? 0
        lines += topConsumers.isEmpty ? ["  " + language.text("none")] : topConsumers.map { consumer in
            "  " + Plot.bar(consumer.reports, of: most, width: 20, unicode: unicode)
                + " \(language.number(consumer.reports).leftPadded(5))  \(consumer.name) (\(consumer.organisationNumber))"
        }
        lines += ["", language.text("From a case's first report to the provider, median per week")]
        lines += weeks.isEmpty ? ["  " + language.text("no case forwarded")] : weeks.map { week in
            "  " + language.text("week of {1}", MessageTime.day(week.start, language)) + "  "
                + (week.medianToForwarding.map { ProviderDigest.duration($0, language) } ?? "-") + "  "
                + language.counted(week.cases, "({1} case)", "({1} cases)")
        }
        let percent = slaMetPercent.map { language.decimal($0) + " %" }
        lines += ["", language.text("First answer within the SLA: {1}", percent ?? language.text("no reports yet"))]
        lines.append(language.text("The provider's targets: {1}", providerTargets.text(in: language)))
        lines += ["", language.text("Questions by service and code (answered from an article)")]
        lines += questions.isEmpty ? ["  " + language.text("none")] : questions.map {
            "  " + "\($0.service) \($0.code ?? "-")".padding(toLength: 30, withPad: " ", startingAt: 0)
                + language.text("{1} asked, {2} from an article", language.number($0.asked), language.number($0.answeredFromArticle))
        }
        lines += ["", language.text("The codes reported most that no article is about")]
        lines += uncoveredCodes.isEmpty ? ["  " + language.text("none")] : uncoveredCodes.map {
            "  " + $0.code.padding(toLength: 30, withPad: " ", startingAt: 0) + language.counted($0.reports, "{1} report", "{1} reports")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
