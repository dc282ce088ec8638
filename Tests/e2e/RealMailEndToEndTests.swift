import Foundation
import Testing

/// A reply leaves through a real MTA client to a real SMTP server and
/// threads under the bank's report; the bank's answer finds its incident.
@Suite("Mail through msmtp and an SMTP server", .serialized,
       .enabled(if: TmuxSession.isAvailable && MailTools.available, "needs msmtp and python3-aiosmtpd"))
struct RealMailEndToEndTests {
    @Test("a mail report answered from the dashboard and sent by msmtp carries In-Reply-To and References naming the report and a Message-ID in the sender's domain; the bank's untagged answer joins the incident")
    func replyThreadsThroughARealMTA() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-smtp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("config")
        let maildir = directory.appendingPathComponent("inbox")
        for sub in ["segdesk", "msmtp"] {
            try FileManager.default.createDirectory(at: config.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(at: maildir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let server = try SMTPServer(maildir: directory.appendingPathComponent("received").path)
        defer { server.stop() }
        try "from = Segmentkoordinator <seg@koordinator.example>\n"
            .write(to: config.appendingPathComponent("segdesk/config"), atomically: true, encoding: .utf8)
        let msmtprc = config.appendingPathComponent("msmtp/config").path
        try "account default\nhost 127.0.0.1\nport \(server.port)\nfrom seg@koordinator.example\nauth off\ntls off\n"
            .write(toFile: msmtprc, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: msmtprc)
        let environment = ["env", "XDG_CONFIG_HOME=\(config.path)"]

        let database = directory.appendingPathComponent("desk.sqlite").path
        let services = directory.appendingPathComponent("services.csv").path
        let consumers = directory.appendingPathComponent("consumers.jsonl").path
        try "service,service_name,provider,provider_name,provider_email,environments\ninntekt-api,Inntekt,ske,Skatteetaten,p@ske.example,production\n"
            .write(toFile: services, atomically: true, encoding: .utf8)
        try #"{"org_number":"974760673","name":"Fjordbanken","technical_email":"drift@fjordbanken.example","mail_domain":"fjordbanken.example","services":["inntekt-api"],"stage":"live"}"#
            .write(toFile: consumers, atomically: true, encoding: .utf8)
        let segdesk = TmuxSession.executable
        try TmuxSession.run(environment + [segdesk, "import", "services", "--db", database, services])
        try TmuxSession.run(environment + [segdesk, "import", "consumers", "--db", database, consumers])
        try "From: Drift <drift@fjordbanken.example>\r\nTo: seg@koordinator.example\r\nMessage-ID: <nl-503@fjordbanken.example>\r\nSubject: inntekt-api gir HTTP 503\r\n\r\nAlle kall feiler siden 07:10.\r\n"
            .write(to: maildir.appendingPathComponent("new/1.report"), atomically: true, encoding: .utf8)
        try TmuxSession.run(environment + [segdesk, "ingest", "maildir", "--db", database, maildir.path])

        let session = try TmuxSession(command: "\(segdesk) --db \(database)", width: 100, height: 30,
                                      environment: ["XDG_CONFIG_HOME": config.path])
        try session.waitFor("inntekt-api gir HTTP 503")
        try session.send(":")
        try session.type("reply Vi ser på saken.")
        try session.send("Enter")
        try session.waitFor("Send this reply to drift@fjordbanken.example")
        try session.send("y")
        try session.waitFor("to send")
        try session.send("q")
        try session.waitFor("[exit 0]")

        try TmuxSession.run(environment + [segdesk, "outbox", "deliver", "--db", database, "--transport", "sendmail:\(MailTools.msmtp)"])
        let listed = try TmuxSession.run([segdesk, "outbox", "list", "--db", database])
        #expect(listed.contains("\tsent\t"), "\(listed)")
        let mbox = try server.waitForMail()
        #expect(mbox.contains("In-Reply-To: <nl-503@fjordbanken.example>"))
        #expect(mbox.contains("References: <nl-503@fjordbanken.example>"))
        let messageID = try #require(mbox.firstMatch(of: /Message-ID: (<segdesk\.[0-9a-f-]+@koordinator\.example>)/)?.1)

        try "From: Drift <drift@fjordbanken.example>\r\nMessage-ID: <nl-504@fjordbanken.example>\r\nIn-Reply-To: \(messageID)\r\nReferences: <nl-503@fjordbanken.example> \(messageID)\r\nSubject: Sv: takk\r\n\r\nTakk, det virker igjen.\r\n"
            .write(to: maildir.appendingPathComponent("new/2.answer"), atomically: true, encoding: .utf8)
        try TmuxSession.run(environment + [segdesk, "ingest", "maildir", "--db", database, maildir.path])
        let messages = try TmuxSession.run([segdesk, "export", "messages", "--db", database, "--consumer", "974760673"])
        let answer = try #require(messages.split(separator: "\n").first { $0.contains("nl-504@fjordbanken.example") })
        #expect(answer.contains(#""kind":"reply""#) && answer.contains(#""record":"incident""#) && answer.contains(#""record_id":1"#))
    }
}

/// The Debian packages the test sends through: msmtp, and Python's aiosmtpd.
private enum MailTools {
    static let python = "/usr/bin/python3"
    static let msmtp = "/usr/bin/msmtp"

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: msmtp) && (try? TmuxSession.run([python, "-c", "import aiosmtpd"])) != nil
    }
}

/// Python's aiosmtpd on a loopback port, keeping what it receives in a Maildir.
private final class SMTPServer {
    let port: Int
    private let process: Process
    private let maildir: String

    init(maildir: String) throws {
        self.maildir = maildir
        port = Int.random(in: 20_000...40_000)
        process = Process()
        process.executableURL = URL(fileURLWithPath: MailTools.python)
        process.arguments = ["-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Mailbox", maildir]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where !accepts() { usleep(50_000) }
        guard accepts() else { throw ServerDidNotStart() }
    }

    /// Stopped with KILL: the test runner blocks TERM, and its children inherit that.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The first message it received, once there is one.
    func waitForMail() throws -> String {
        for _ in 0..<100 {
            if let name = try? FileManager.default.contentsOfDirectory(atPath: maildir + "/new").first,
               let text = try? String(contentsOfFile: maildir + "/new/" + name, encoding: .utf8) {
                return text
            }
            usleep(50_000)
        }
        throw NoMailArrived()
    }

    private func accepts() -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    struct ServerDidNotStart: Error {}
    struct NoMailArrived: Error {}
}
