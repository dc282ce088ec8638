extension Store {
    /// The periods of the provider's active deviation (outage) notices, per
    /// service: read once before an import, so only an incident received
    /// inside one is looked at again.
    func announcedOutages() throws -> AnnouncedOutages {
        AnnouncedOutages(periods: try notices.outagePeriods())
    }
}

extension Store {
    /// Open error reports an outage notice in force covers but that came
    /// before it was announced: on its services, received since it began,
    /// in no case. Empty for any other notice.
    public func reportsBeforeOutage(noticeID: Int64) throws -> [Int64] {
        try incidents.reportsBeforeOutage(noticeID: noticeID, now: now())
    }
}

/// When the provider has announced outages, by service.
struct AnnouncedOutages {
    let periods: [Int64: [ClosedRange<Int64>]]

    /// Whether an outage on `service` covers the moment `time`.
    func cover(service: Int64, at time: Int64) -> Bool {
        periods[service]?.contains { $0.contains(time) } ?? false
    }
}
