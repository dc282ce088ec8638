import SegmentCore

/// The header's counts on a phone-sized screen: a symbol and a number each
/// (`!2 n5 o3 c1`), what burns first; `?` gives the legend.
enum CompactHeader {
    static func items(_ overview: Overview) -> [(String, Bool)] {
        (overview.readOnly ? [(localized("RO"), true)] : [])
            + (overview.openAlerts > 0 ? [("!\(overview.openAlerts)", true)] : [])
            + [(localized("n{1}", overview.newIncidents), overview.newIncidents > 0)]
            + (overview.unreadReplies > 0 ? [(localized("r{1}", overview.unreadReplies), true)] : [])
            + [(localized("o{1}", overview.slaBreaches), overview.slaBreaches > 0), (localized("c{1}", overview.openCases), false)]
            + (overview.casesLateAtProvider > 0 ? [(localized("l{1}", overview.casesLateAtProvider), true)] : [])
            + (overview.messagesFailed > 0 ? [(localized("f{1}", overview.messagesFailed), true)] : [])
    }

    /// What the symbols mean, for the help.
    static var legend: String {
        localized("Header: RO read-only · ! open alerts · n new · r new replies · o overdue · c open cases · l late at provider · f failed to send")
    }
}
