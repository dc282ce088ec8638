import Foundation
import Testing

/// The real binary in a real terminal (tmux), as an operator meets it.
@Suite("Dashboard in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux and a built segdesk"))
struct DashboardEndToEndTests {
    let directory: URL
    let database: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent("demo.sqlite").path
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "40", "--incidents", "800"])
    }

    private var command: String { "\(TmuxSession.executable) --db \(database)" }

    @Test("move, open a record, filter, quit: the terminal leaves the alternate screen and the exit status is 0")
    func operatorSession() throws {
        let session = try TmuxSession(command: command)
        try session.waitFor("1 Incidents")
        #expect(try session.query("#{alternate_on}") == "1")
        try session.send("j", "j", "Enter")
        try session.waitFor("Incident #")
        try session.send("G")
        try session.waitFor("History")
        try session.send("Escape")
        try session.waitFor("2 Provider cases")
        try session.send("/")
        try session.type("401")
        try session.waitFor(" of 800")
        try session.send("Escape", "q")
        try session.waitFor("[exit 0]")
        #expect(try session.query("#{alternate_on}") == "0")
    }

    @Test("hostile text shows as placeholders: the window title and the screen stay the operator's")
    func hostileTextIsInert() throws {
        let session = try TmuxSession(command: command, width: 120, height: 30)
        try session.waitFor("1 Incidents")
        let titleBefore = try session.query("#{pane_title}")
        try session.send("/")
        try session.type("respons")
        try session.send("Enter", "Enter")
        let screen = try session.waitFor("Se vedlagt logg")
        #expect(screen.contains("Feil i respons \u{FFFD}"))
        #expect(try session.query("#{pane_title}") == titleBefore)
        #expect(!(try session.query("#{pane_title}")).contains("overtatt"))
        try session.send("q", "q")
        try session.waitFor("[exit 0]")
    }

    @Test("a binary copied to a directory of its own starts with its built-in themes, with colour and without")
    func copiedBinary() throws {
        let copy = directory.appendingPathComponent("bin/segdesk").path
        try FileManager.default.createDirectory(atPath: directory.appendingPathComponent("bin").path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TmuxSession.executable, toPath: copy)
        for environment in ["", "NO_COLOR=1 "] {
            let session = try TmuxSession(command: "cd / && env HOME=\(directory.path) XDG_CONFIG_HOME= \(environment)\(copy) "
                                          + "--db \(database) --theme high-contrast")
            try session.waitFor("1 Incidents")
            try session.send("q")
            try session.waitFor("[exit 0]")
        }
    }

    @Test("an install found on PATH reads the themes in its <prefix>/share/segdesk/themes")
    func installOnPath() throws {
        let prefix = directory.appendingPathComponent("prefix")
        let themes = prefix.appendingPathComponent("share/segdesk/themes")
        try FileManager.default.createDirectory(atPath: prefix.appendingPathComponent("bin").path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: themes.path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TmuxSession.executable, toPath: prefix.appendingPathComponent("bin/segdesk").path)
        try "normal = default default\nselected = black yellow\n".write(toFile: themes.appendingPathComponent("night.theme").path,
                                                                      atomically: true, encoding: .utf8)
        let session = try TmuxSession(command: "cd / && env PATH=\(prefix.path)/bin:/usr/bin:/bin HOME=\(directory.path) XDG_CONFIG_HOME= "
                                      + "segdesk --db \(database) --theme night")
        try session.waitFor("1 Incidents")
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    @Test("without LANG the Norwegian letters still show")
    func utf8WithoutLocale() throws {
        let session = try TmuxSession(command: "env -u LANG -u LC_ALL -u LC_CTYPE \(command)")
        try session.send("5")
        let screen = try session.waitFor("Org no")
        #expect(screen.contains("æ") || screen.contains("ø") || screen.contains("å"))
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    @Test("with LANG=nb_NO.UTF-8 the dashboard, its help and --help are in bokmål; with en_US.UTF-8 in English")
    func bokmalAndEnglish() throws {
        let norwegian = try TmuxSession(command: command, environment: ["LANG": "nb_NO.UTF-8"])
        let dashboard = try norwegian.waitFor("1 Feilmeldinger")
        #expect(dashboard.contains("2 Saker hos tilbyder") && dashboard.contains("over frist"))
        try norwegian.send("?")
        try norwegian.waitFor("Taster: oversikt, feilmeldinger")
        try norwegian.send("Escape", "q")
        try norwegian.waitFor("[exit 0]")
        let english = try TmuxSession(command: command, environment: ["LANG": "en_US.UTF-8"])
        try english.waitFor("1 Incidents")
        try english.send("q")
        try english.waitFor("[exit 0]")
        let help = try TmuxSession(command: "\(TmuxSession.executable) --help | head -6", width: 120, height: 20,
                                   environment: ["LANG": "nb_NO.UTF-8"])
        let text = try help.waitFor("[exit 0]")
        #expect(text.contains("bruk:") && text.contains("segmentansvarlig"))
    }

    @Test("NO_COLOR and TERM=vt100 still draw every pane title")
    func noColour() throws {
        let session = try TmuxSession(command: "TERM=vt100 \(command)", environment: ["NO_COLOR": "1"])
        let screen = try session.waitFor("5 Consumers")
        #expect(screen.contains("1 Incidents"))
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    @Test("an unknown TERM gives one clear line, not a crash")
    func unknownTerminal() throws {
        let session = try TmuxSession(command: "TERM=no-such-terminal \(command)")
        let screen = try session.waitFor("[exit 1]")
        #expect(screen.contains("cannot use terminal type \"no-such-terminal\""))
    }

    @Test("TERM=dumb, which cannot move the cursor, is refused the same way, naming segdesk status")
    func dumbTerminal() throws {
        let session = try TmuxSession(command: "TERM=dumb \(command)")
        let screen = try session.waitFor("[exit 1]")
        #expect(screen.contains("cannot use terminal type \"dumb\""))
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("segdesk status"))
    }

    @Test("SIGHUP (a dropped SSH link), SIGTERM, SIGINT and SIGQUIT end it at once with the terminal restored and 128 + n",
          arguments: [("HUP", 129), ("TERM", 143), ("INT", 130), ("QUIT", 131)])
    func endingSignal(signal: String, status: Int) throws {
        let session = try TmuxSession(command: command)
        try session.waitFor("1 Incidents")
        let started = Date()
        try TmuxSession.run(["kill", "-\(signal)", try segdeskProcess(in: session)])
        let screen = try session.waitFor("[exit ", timeout: 2)
        #expect(screen.contains("[exit \(status)]"))
        #expect(Date().timeIntervalSince(started) < 1.5)
        #expect(try session.query("#{alternate_on}") == "0")
    }

    @Test("Ctrl-Z in a shell gives the terminal back; fg draws the dashboard again")
    func suspendAndResume() throws {
        let session = try TmuxSession(command: "env PS1='$ ' bash --norc --noprofile -i")
        try session.type(command)
        try session.send("Enter")
        try session.waitFor("1 Incidents")
        try session.send("C-z")
        try session.waitFor("Stopped")
        #expect(try session.query("#{alternate_on}") == "0")
        try session.type("fg")
        try session.send("Enter")
        try session.waitUntil("the alternate screen is back") { try session.query("#{alternate_on}") == "1" }
        try session.waitFor("1 Incidents")
        try session.send("q")
        try session.waitUntil("the dashboard has ended") { try session.query("#{alternate_on}") == "0" }
    }

    private func segdeskProcess(in session: TmuxSession) throws -> String {
        let shell = try session.query("#{pane_pid}")
        return try TmuxSession.run(["pgrep", "-P", shell]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("resizing lays the screen out again: the overview, the preview, too small, and back")
    func resize() throws {
        let session = try TmuxSession(command: command, width: 200, height: 50)
        try session.waitFor("│ 4 Needs")
        try session.resize(width: 200, height: 40)
        try session.waitFor("│ Incident #")
        try session.resize(width: 38, height: 11)
        try session.waitFor("Terminal too small: 38x11.")
        try session.resize(width: 80, height: 24)
        let screen = try session.waitFor("5 Consumers")
        #expect(!screen.contains("│ Incident #"))
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    @Test("with no terminal input at all (end of file) it ends at once instead of spinning")
    func endOfInput() throws {
        let session = try TmuxSession(command: "\(command) < /dev/null")
        let screen = try session.waitFor("[exit ", timeout: 3)
        #expect(screen.contains("[exit 129]"))
        #expect(try session.query("#{alternate_on}") == "0")
    }

    @Test("a change from another process shows within a second")
    func seesOthersChanges() throws {
        let session = try TmuxSession(command: command, width: 120, height: 30)
        try session.send("3")
        try session.waitFor("3 Change notices  15")
        try TmuxSession.run(["sqlite3", database, """
            INSERT INTO change_notices (provider_id, kind, title, body, breaking, announced_at, published_at, effective_at,
              search_text) VALUES (1, 'deviation', 'Utenfra: nytt avvik', '', 0, 0, 0, 0, '')
            """])
        try session.waitFor("3 Change notices  16", timeout: 2.5)
        try session.send("q")
    }
}

@Suite("The dashboard opened --read-only", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux and a built segdesk"))
struct ReadOnlyDashboardEndToEndTests {
    @Test("--read-only shows the segment, says read-only to a changing command and a triage key, and leaves the file byte for byte")
    func changesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("desk.sqlite").path
        try TmuxSession.run([TmuxSession.executable, "demo", "--db", database, "--consumers", "5", "--incidents", "20"])
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let session = try TmuxSession(command: "\(TmuxSession.executable) --db \(database) --read-only", width: 100, height: 30)
        try session.waitFor("read-only")
        try session.send("Enter")
        try session.send(":")
        try session.type("assign me")
        try session.send("Enter")
        try session.waitFor("read-only: segdesk was started with --read-only; nothing was changed")
        try session.send("q", "5", "Enter", ":")
        try session.type("name Nytt navn")
        try session.send("Enter")
        try session.waitFor("read-only: segdesk was started with --read-only; nothing was changed")
        try session.send("q", "q")
        try session.waitFor("[exit 0]")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
    }
}
