import Foundation
import SegmentCore

/// The segment at its largest: 2,000 consumers, 200 notices each reaching
/// all of them (400,000 answers), 500 needs backed by up to all of them,
/// and two consumers with 5,000 messages each, measured as the operator
/// meets it: importing, publishing one notice to every consumer, moving and
/// opening records on the notices, needs and consumers panes at 80x24, and
/// the long correspondences opened and listed.
enum SegmentScale {
    /// Focuses a pane by its number, then moves, pages and opens records in it.
    private static func measurePane(_ name: String, key: String, session: TerminalSession, quick: Bool,
                                     into results: inout Results) {
        results.add("\(name): focus the pane (\(key))", [session.press(Array(key.utf8))])
        results.add("\(name): move down", (0..<(quick ? 30 : 100)).map { _ in session.press(Keystrokes.down) })
        results.add("\(name): page down", (0..<(quick ? 5 : 20)).map { _ in session.press(Keystrokes.pageDown) })
        let records = Keystrokes.openRecords(session, times: quick ? 5 : Keystrokes.repeats, stepping: Keystrokes.up)
        results.add("\(name): open the first record", [records.first])
        results.add("\(name): open a record", records.opens)
    }

    /// 500 needs (50 with --quick), backed by up to all 2,000 consumers,
    /// imported as files the way a segment brings them in.
    private static func importNeeds(segdesk: String, database: String, scratch: URL, quick: Bool,
                                    into results: inout Results) throws {
        let bare = try Database(path: database)
        let numbers = try bare.rows("SELECT org_number FROM consumers ORDER BY id") { $0.string(0) }
        let count = quick ? 50 : 500
        let firstNew = try bare.scalar("SELECT coalesce(max(id), 0) FROM needs") + 1
        let needs = scratch.appendingPathComponent("needs.jsonl").path
        try (1...count).map { index in
            #"{"title":"Behov \#(index) fra segmentet","raised_by":"\#(numbers[index % numbers.count])"}"#
        }.joined(separator: "\n").write(toFile: needs, atomically: true, encoding: .utf8)
        _ = try timed(segdesk, ["import", "needs", "--db", database, needs])
        let backings = scratch.appendingPathComponent("backings.jsonl").path
        var lines: [String] = []
        for need in 1...count {
            let backers = (need * 37) % numbers.count + 1
            for offset in 0..<backers {
                let number = numbers[(need + offset * 7) % numbers.count]
                lines.append(#"{"need":\#(firstNew + need - 1),"org_number":"\#(number)","importance":\#(1 + (need + offset) % 3)}"#)
            }
        }
        try lines.joined(separator: "\n").write(toFile: backings, atomically: true, encoding: .utf8)
        results.backingImportSeconds = try timed(segdesk, ["import", "backings", "--skip-bad", "--db", database, backings])
        results.segmentNeeds = count
        results.segmentBackings = try bare.scalar("SELECT count(*) FROM need_backings")
    }

    static func measure(segdesk: String, scratch: URL, quick: Bool, into results: inout Results) throws {
        let consumers = 2_000
        let notices = quick ? 40 : 200
        let database = scratch.appendingPathComponent("segment.sqlite").path
        _ = try timed(segdesk, ["demo", "--db", database, "--consumers", String(consumers), "--incidents", "1000"])
        let bare = try Database(path: database)
        let services = try bare.rows("SELECT key FROM services WHERE key != 'unsorted' ORDER BY key") { $0.string(0) }
        let provider = try bare.first("SELECT key FROM providers ORDER BY id LIMIT 1", [], { $0.string(0) }) ?? "ske"
        let everyStage = OnboardingStage.pipeline.map(\.rawValue)
        func record(_ index: Int, publish: Bool) throws -> String {
            let fields: [String: Any] = [
                "provider": provider, "kind": index % 3 == 0 ? "interface_change" : "dataset_change",
                "title": "Endring \(index) i inntektsgrunnlaget", "services": services, "stages": everyStage,
                "effective_at": "2027-0\(1 + index % 9)-15T00:00:00Z", "deadline": "2027-0\(1 + index % 9)-01T00:00:00Z",
                "breaking": index % 3 == 0, "publish": publish, "body": "Endringen gjelder alle konsumenter i segmentet.",
            ]
            return String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        let drafts = scratch.appendingPathComponent("notices.jsonl").path
        try (1...notices).map { try record($0, publish: false) }.joined(separator: "\n").write(toFile: drafts, atomically: true, encoding: .utf8)
        results.segmentNotices = notices
        results.noticeImportSeconds = try timed(segdesk, ["import", "notices", "--db", database, drafts])
        results.segmentAnswers = try bare.scalar("SELECT count(*) FROM notice_acknowledgements")
        let published = scratch.appendingPathComponent("published.jsonl").path
        try record(notices + 1, publish: true).write(toFile: published, atomically: true, encoding: .utf8)
        results.publishSeconds = try timed(segdesk, ["import", "notices", "--db", database, published])
        results.publishedMessages = try bare.scalar("SELECT count(*) FROM outbox WHERE entity = ?", [.text(RecordKind.notice.rawValue)])

        try importNeeds(segdesk: segdesk, database: database, scratch: scratch, quick: quick, into: &results)
        try addCorrespondence(to: bare)

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        let session = try TerminalSession(executable: segdesk, arguments: ["--db", database], environment: environment,
                                          columns: 80, rows: 24)
        _ = session.drain(quiet: 300)
        results.add("notices: focus the pane (3)", [session.press(Array("3".utf8))])
        results.add("notices: move down", (0..<(quick ? 30 : 100)).map { _ in session.press(Keystrokes.down) })
        let records = Keystrokes.openRecords(session, times: quick ? 5 : Keystrokes.repeats, stepping: Keystrokes.up)
        results.add("notices: open the first record", [records.first])
        results.add("notices: open a record", records.opens)
        results.add("notices: close a record", records.closes)
        for (name, key) in [("needs", "4"), ("consumers", "5")] {
            measurePane(name, key: key, session: session, quick: quick, into: &results)
        }
        _ = session.press(Keystrokes.top)
        let long = Keystrokes.openRecords(session, times: quick ? 5 : Keystrokes.repeats, stepping: Keystrokes.down)
        results.add("consumers: open one with 5,000 messages", long.opens)
        _ = session.press(Keystrokes.enter)
        var lists: [TerminalSession.Answer] = []
        for _ in 0..<(quick ? 5 : 20) {
            lists.append(session.press(Array("M".utf8)))
            _ = session.press(Keystrokes.close)
        }
        results.add("consumers: M lists 200 of 5,000 messages", lists)
        _ = session.press(Keystrokes.close)
        let status = session.quit()
        guard status == 0 else { throw BenchError("segdesk exited with status \(status) on the segment database") }
    }

    /// The two consumers first by name get 5,000 messages each, half sent
    /// and half received, over the last year: a bank that has talked with
    /// the segment for years.
    private static func addCorrespondence(to database: Database) throws {
        let consumers = try database.rows("SELECT id FROM consumers ORDER BY sort_name, id LIMIT 2") { $0.int(0) }
        let now = Int64(Date().timeIntervalSince1970)
        try database.inTransaction {
            for consumer in consumers {
                for index in 0..<2_500 {
                    let at = now - Int64(index) * 6_300
                    try database.run("""
                        INSERT INTO outbox (created_at, recipient, subject, body, entity, entity_id, status, message_id, consumer_id, sent_at)
                        VALUES (?, 'drift@bank.example', ?, 'Hei,\n\nVi ser på saken.', ?, 1, ?, ?, ?, ?)
                        """, [.integer(at), .text("[SEG-\(index)] Sv: melding \(index)"), .text(RecordKind.incident.rawValue),
                              .text(OutboxMessage.Status.sent.rawValue), .text("<bench.\(consumer).\(index)@segdesk.invalid>"),
                              .integer(consumer), .integer(at)])
                    try database.run("""
                        INSERT INTO inbound_mail (message_id, received_at, sender, subject, body, kind, consumer_id)
                        VALUES (?, ?, 'drift@bank.example', ?, 'Takk.', ?, ?)
                        """, [.text("bench.in.\(consumer).\(index)@bank.example"), .integer(at - 600), .text("Sv: melding \(index)"),
                              .text("reply"), .integer(consumer)])
                }
            }
        }
    }
}
