import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// What segdesk cannot decode faithfully it decodes with every charset the
/// system knows, or keeps as it came with a note saying so: the text of a
/// report is never silently different from the mail.
@Suite("Mail text kept faithfully, or with a note", .checkingStores)
struct MailFaithfulnessTests {
    private func mail(_ headers: String, _ body: String) -> [UInt8] {
        Array(("From: Drift <drift@fjordbanken.example>\r\nMessage-ID: <m1@fjordbanken.example>\r\n" + headers + "\r\n\r\n" + body).utf8)
    }

    private func read(_ bytes: [UInt8]) throws -> InboundMail {
        try Language.$interface.withValue(.english) { try InboundMail.parse(bytes) }
    }

    @Test("a boundary declared AAA and used as BBB: the words are kept, with a note")
    func boundaryNeverUsed() throws {
        let parsed = try read(mail("Subject: x\r\nContent-Type: multipart/mixed; boundary=AAA",
                                   "--BBB\r\nContent-Type: text/plain\r\n\r\ninntekt-api gir 503\r\n--BBB--\r\n"))
        #expect(parsed.text.contains("inntekt-api gir 503"))
        #expect(parsed.notes == [#"the message names the boundary "AAA", which never occurs in it; its text is kept as it came"#])
    }

    @Test("a multipart without a boundary: the words are kept, with a note")
    func noBoundary() throws {
        let parsed = try read(mail("Subject: x\r\nContent-Type: multipart/mixed", "inntekt-api gir 503\r\n"))
        #expect(parsed.text.contains("inntekt-api gir 503"))
        #expect(parsed.notes == ["the message is multipart but names no boundary; its text is kept as it came"])
    }

    @Test("25 nested multiparts: the text at the bottom is kept, with a note")
    func deepNesting() throws {
        var body = "Content-Type: text/plain\r\n\r\ndypt nede: HTTP 503\r\n"
        for level in (0..<25).reversed() {
            body = "Content-Type: multipart/mixed; boundary=b\(level)\r\n\r\n--b\(level)\r\n" + body + "--b\(level)--\r\n"
        }
        let parsed = try read(Array(("From: drift@fjordbanken.example\r\nSubject: x\r\n" + body).utf8))
        #expect(parsed.text.contains("dypt nede: HTTP 503"))
        #expect(parsed.notes.count == 1, "\(parsed.notes)")
        #expect(parsed.notes.first?.contains("nested more than 20 multiparts deep") == true)
    }

    @Test("charset=koi8-r is read through the system's iconv: Привет stays Привет")
    func koi8r() throws {
        var bytes = mail("Subject: x\r\nContent-Type: text/plain; charset=koi8-r", "")
        bytes += [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        let parsed = try read(bytes)
        #expect(parsed.text == "Привет")
        #expect(parsed.notes.isEmpty)
    }

    @Test("an unknown charset is read as UTF-8 or Windows-1252 with a note naming it")
    func unknownCharset() throws {
        let parsed = try read(mail("Subject: x\r\nContent-Type: text/plain; charset=x-foo", "HTTP 503"))
        #expect(parsed.text == "HTTP 503")
        #expect(parsed.notes == ["unknown charset x-foo; read as UTF-8"])
    }

    @Test("invalid base64 is kept as it came, with a note, not stored as garbage")
    func damagedBase64() throws {
        let parsed = try read(mail("Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64", "SGVsbG8*!!gd29ybGQ=\r\n"))
        #expect(parsed.text == "SGVsbG8*!!gd29ybGQ=\r\n".replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(parsed.notes == ["the message is damaged base64 and could not be decoded; it is kept as it came"])
        #expect(try read(mail("Subject: x\r\nContent-Transfer-Encoding: base64", "SGVp\r\nIGRl\r\nZw==\r\n")).text == "Hei deg")
    }

    @Test("an invalid RFC 2047 word stays in the subject as written")
    func invalidEncodedWord() throws {
        #expect(try read(mail("Subject: keep =?utf-8?b?!!!?= end", "x")).subject == "keep =?utf-8?b?!!!?= end")
        #expect(try read(mail("Subject: =?utf-8?b?SGVp?=", "x")).subject == "Hei")
    }

    @Test("a NUL in the text is shown as U+FFFD and the note counts it")
    func nul() throws {
        let parsed = try read(mail("Subject: x", "a\u{0}b\u{0}c"))
        #expect(parsed.text == "a\u{FFFD}b\u{FFFD}c")
        #expect(parsed.notes == ["2 NUL characters are shown as U+FFFD, since they cannot be stored"])
    }

    @Test("a mail with no subject and no readable part yields no text and is refused with its reason")
    func noTextAtAll() throws {
        let bytes = mail("Content-Type: multipart/mixed; boundary=q",
                         "--q\r\nContent-Type: image/png\r\nContent-Disposition: attachment\r\n\r\niVBORw0K\r\n--q--\r\n")
        #expect(throws: InboundMail.Unreadable(description: "yields no text: it has no subject and no readable text part")) { try read(bytes) }
    }

    @Test("a body over 1 MB is cut on a character with a line saying where and why; a 600,001-character subject is a 500-character title, whole in the body")
    func cutsSayWhere() throws {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let subject = String(repeating: "HTTP 503 ", count: 66_667) + "x"
        var parsed = try read(mail("Subject: \(subject)", String(repeating: "æøå 503\n", count: 200_000)))
        parsed.notes = []
        let outcome = try Language.$interface.withValue(.english) { try MailIntake(store: store).take(parsed, deliveredAt: testNow) }
        guard case .newIncident(let id, _) = outcome else { Issue.record("\(outcome)"); return }
        let record = try store.incident(id: id)
        #expect(record.row.title.count == 500)
        #expect(record.body.utf8.count <= IncomingIncident.maximumBodyBytes)
        #expect(record.body.hasPrefix("Subject: " + subject + "\n\n"), "\(record.body.prefix(80))")
        #expect(record.body.hasSuffix("the most a record keeps; the whole mail is kept in the Maildir]"))
        #expect(!record.body.contains("\u{FFFD}"))
    }

    @Test("through a Maildir: the note names the file the mail is kept as; a link in new/ is reported and left; bad/ is private")
    func throughTheMaildir() throws {
        let store = try emptyStore()
        let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "p@ske.example")
        _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
        let directory = try TemporaryDirectory()
        for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(atPath: directory.path(sub), withIntermediateDirectories: true) }
        try Data(mail("Subject: svar\r\nContent-Type: text/plain; charset=x-foo", "HTTP 503")).write(to: URL(fileURLWithPath: directory.path("new/1.M1.host")))
        try Data("not mail".utf8).write(to: URL(fileURLWithPath: directory.path("new/2.M2.host")))
        try FileManager.default.createSymbolicLink(atPath: directory.path("new/3.M3.host"), withDestinationPath: "/etc/passwd")
        let report = try Language.$interface.withValue(.english) { try MaildirIngest(directory: directory.url.path).run(into: store) }
        #expect(report.incidents == 1)
        #expect(try store.incident(id: 1).body == "HTTP 503\n\n[segdesk: unknown charset x-foo; read as UTF-8; the mail is kept as cur/1.M1.host:2,S]")
        #expect(report.problems.contains("new/3.M3.host: is not a regular file (a link, pipe, device or directory); left in place"))
        #expect(FileManager.default.fileExists(atPath: directory.path("new/3.M3.host")))
        let mode = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
        #expect(mode(directory.path("bad")) == 0o700)
        #expect(mode(directory.path("bad/2.M2.host.reason")) == 0o600)
    }
}
