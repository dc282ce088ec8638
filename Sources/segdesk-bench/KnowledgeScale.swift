import Foundation
import SegmentCore

/// The knowledge base at its largest: 5,000 articles in a copy of the
/// million-incident database, about the demo's codes and services, in both
/// languages; the knowledge pane moved through, searched and opened, and
/// incidents' records opened, each with the articles proposed for it.
enum KnowledgeScale {
    static let articles = 5_000

    static func measure(segdesk: String, database: String, scratch: URL, quick: Bool, into results: inout Results) throws {
        let copy = scratch.appendingPathComponent("knowledge.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        _ = try timed(segdesk, ["upgrade", "--db", copy])
        let bare = try Database(path: copy)
        let services = try bare.rows("SELECT key FROM services WHERE key != 'unsorted' ORDER BY key") { $0.string(0) }
        let codes = try bare.rows("SELECT DISTINCT error_code FROM incidents WHERE error_code IS NOT NULL LIMIT 200") { $0.string(0) }
        let words = ["inntekt", "skattegrunnlag", "samtykke", "token", "felt", "periode", "arbeidsgiver", "lønn", "pensjon", "trygd",
                     "brønnøysund", "næringsinntekt", "forskudd", "utleie", "formue"]
        let file = scratch.appendingPathComponent("articles.jsonl").path
        let lines = (1...(quick ? 500 : articles)).map { index -> String in
            let word = words[index % words.count], other = words[(index * 7) % words.count]
            let fields: [String: Any] = [
                "title_nb": "Artikkel \(index) om \(word)", "text_nb": "Om \(word) og \(other): svar nummer \(index) fra segmentet.",
                "title_en": "Article \(index) on \(word)", "text_en": "On \(word) and \(other): answer number \(index).",
                "services": [services[index % services.count]], "error_codes": codes.isEmpty ? [] : [codes[index % codes.count]],
                "tags": [word], "status": index % 10 == 0 ? "draft" : "published",
            ]
            let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        results.knowledgeImportSeconds = try timed(segdesk, ["import", "articles", "--db", copy, file])
        results.knowledgeArticles = lines.count

        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        let session = try TerminalSession(executable: segdesk, arguments: ["--db", copy], environment: environment, columns: 80, rows: 24)
        guard session.drain(quiet: 300).lastByte != nil else { throw BenchError("segdesk drew nothing on the knowledge database") }
        let times = quick ? 20 : Keystrokes.repeats
        // Incidents first: each record reads the articles proposed for it.
        let incidents = Keystrokes.openRecords(session, times: times, stepping: Keystrokes.down)
        results.add("knowledge: open an incident (proposals)", incidents.opens)
        results.add("knowledge: focus the pane (7)", [session.press(Array("7".utf8))])
        results.add("knowledge: move down", (0..<(quick ? 30 : 100)).map { _ in session.press(Keystrokes.down) })
        results.add("knowledge: page down", (0..<(quick ? 5 : 20)).map { _ in session.press(Keystrokes.pageDown) })
        let records = Keystrokes.openRecords(session, times: times, stepping: Keystrokes.up)
        results.add("knowledge: open an article", records.opens)
        _ = session.press(Array("/".utf8))
        results.add("knowledge: filter keystroke", "bronnoysund".map { session.press(Array(String($0).utf8)) })
        _ = session.press(Array("\u{1B}".utf8), quiet: 200)
        _ = session.press(Array("\u{1B}".utf8), quiet: 200)
        let status = session.quit()
        guard status == 0 else { throw BenchError("segdesk exited with status \(status) on the knowledge database") }
    }
}
