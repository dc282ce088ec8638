/// Who is on call when: shifts of `FROM UNTIL ADDRESS [SECOND-ADDRESS]`, the
/// times as `2026-12-07T08:00` in the segment's zone. A line that does not
/// read, overlaps another or leaves a gap before the next is a warning that
/// names it; in a gap, alerts go to `alert.last`.
public struct OnCallRota: Equatable, Sendable {
    /// One person's turn, and who backs them up.
    public struct Shift: Equatable, Sendable {
        public let from: Int64
        public let until: Int64
        public let first: String
        public let second: String?
        public let line: Int
    }

    public let shifts: [Shift]

    /// Reads the rota's text; `file` names it in the warnings.
    public static func parse(_ text: String, file: String, zone: DisplayZone) -> (OnCallRota, warnings: [String]) {
        var shifts: [Shift] = []
        var warnings: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = trimmedSpaces(String(raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""))
            guard !line.isEmpty else { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let times = fields.prefix(2).map { moment($0, zone) }
            guard (3...4).contains(fields.count), let from = times[0], let until = times[1], from < until,
                  fields.dropFirst(2).allSatisfy(MailAddress.isPlausible) else {
                warnings.append("\(file):\(index + 1): " + localized(
                    "expected FROM UNTIL ADDRESS [SECOND-ADDRESS], such as 2026-12-07T08:00 2026-12-14T08:00 kari@example.no ola@example.no; the line is skipped"))
                continue
            }
            shifts.append(Shift(from: from, until: until, first: fields[2], second: fields.count == 4 ? fields[3] : nil, line: index + 1))
        }
        let ordered = shifts.sorted { ($0.from, $0.line) < ($1.from, $1.line) }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            if later.from < earlier.until {
                warnings.append("\(file):\(later.line): " + localized("overlaps line {1}; the shift that starts first is used until it ends", earlier.line))
            } else if later.from > earlier.until {
                warnings.append("\(file):\(later.line): " + localized("leaves a gap after line {1} from {2}; alerts then go to alert.last",
                                                                       earlier.line, Language.interface.dateTime(earlier.until, zone)))
            }
        }
        return (OnCallRota(shifts: ordered), warnings)
    }

    /// The shift that holds moment `at`: the one that started first when
    /// two overlap; nil in a gap.
    public func shift(at: Int64) -> Shift? {
        shifts.first { $0.from <= at && at < $0.until }
    }

    private static func moment(_ text: String, _ zone: DisplayZone) -> Int64? {
        if let exact = Timestamp.parse(text), text.count > 16 { return exact }
        let local = text.replacingOccurrences(of: "T", with: " ")
        return local.count == 16 ? zone.moment(local) : nil
    }
}
