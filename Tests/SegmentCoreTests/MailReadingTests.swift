import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The messages in MailFixtures were written by Python's email library
/// (make-fixtures.py), as a mail client would send them.
func mailFixture(_ name: String) throws -> [UInt8] {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MailFixtures")
    return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
}

@Suite("Reading mail as mail clients write it", .checkingStores)
struct MailReadingTests {
    @Test("plain UTF-8 in 8 bit: sender, subject, date, Message-ID and text")
    func plainUTF8() throws {
        let mail = try InboundMail.parse(try mailFixture("plain-utf8.eml"))
        #expect(mail.senderName == "Drift Fjordbanken")
        #expect(mail.senderAddress == "drift@fjordbanken.example")
        #expect(mail.subject == "inntekt-api svarer HTTP 503")
        #expect(mail.messageID == "plain-1@fjordbanken.example")
        #expect(mail.sentAt == 1_795_677_300)
        #expect(mail.text.hasPrefix("Hei,\n\nAlle kall mot inntekt-api gir HTTP 503"))
    }

    @Test("multipart/alternative: the quoted-printable text part is read, the HTML ignored; UTF-8 encoded words in subject and name")
    func alternativeQuotedPrintable() throws {
        let mail = try InboundMail.parse(try mailFixture("multipart-alternative-qp.eml"))
        #expect(mail.senderName == "Kåre Ødegård")
        #expect(mail.subject == "Feil på inntekt-api: HTTP 503 for søknader i dag")
        #expect(mail.text == "Søknadene stopper på HTTP 503.\nMvh Kåre\n")
    }

    @Test("ISO-8859-1: a folded Q-encoded subject over two encoded words, a base64 body and an encoded name")
    func latin1Base64() throws {
        let mail = try InboundMail.parse(try mailFixture("latin1-base64.eml"))
        #expect(mail.senderName == "Bjørn Ås")
        #expect(mail.subject == "Søknader fra Bjørnøya stopper: a-ordningen-api gir ERR-AORD-0042 på alle kall i produksjon")
        #expect(mail.text == "Bjørnøya Sparebank får ikke svar fra a-ordningen-api.\nFeilkode ERR-AORD-0042.\n")
    }

    @Test("HTML only in Windows-1252: curly quotes and dash decoded, style dropped, entities and line breaks kept as text")
    func htmlWindows1252() throws {
        let mail = try InboundMail.parse(try mailFixture("html-windows1252.eml"))
        #expect(mail.senderName == nil)
        #expect(mail.senderAddress == "post@vestbanken.example")
        #expect(mail.text == "\u{201C}Skatteattest\u{201D} \u{2013} HTTP 500 fra skatteattest-api\nGjelder 3 søknader.\nHilsen Vestbanken")
    }

    @Test("multipart/mixed: the text of the nested alternative is read, the base64 PDF attachment is not")
    func mixedWithAttachment() throws {
        let mail = try InboundMail.parse(try mailFixture("multipart-mixed-attachment.eml"))
        #expect(mail.text == "Se vedlagt logg. Kall feiler med HTTP 502.\n")
        #expect(mail.messageID == "mixed-1@gmail.example")
    }

    @Test("a hostile message keeps its escapes as data, and an encoded line break in the name stays inside the name")
    func hostile() throws {
        let bytes = try mailFixture("hostile.eml")
        let mail = try InboundMail.parse(bytes)
        #expect(mail.senderAddress == "evil@fjordbanken.example")
        #expect(mail.senderName == "Evil\r\nBcc: all@victim.example")
        #expect(mail.subject.contains("\u{1B}]0;owned"))
        #expect(UntrustedText.line(mail.subject).unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        #expect(mail.messageID.hasPrefix("segdesk-"))
        #expect(try InboundMail.parse(bytes).messageID == mail.messageID)
    }

    @Test("replies name the messages they answer through In-Reply-To and References")
    func threadIDs() throws {
        let text = "From: a@b.example\r\nIn-Reply-To: <one@segdesk>\r\nReferences: <zero@x> \r\n <one@segdesk>\r\nSubject: Re: x\r\n\r\nok\r\n"
        let mail = try InboundMail.parse(Array(text.utf8))
        #expect(mail.referencedIDs == ["one@segdesk", "zero@x"])
        #expect(mail.text == "ok\n")
    }

    @Test("text that is not a message, or a message without a usable sender, is refused with the reason")
    func unreadable() {
        #expect(throws: InboundMail.Unreadable(description: "does not start with mail headers")) {
            try InboundMail.parse(Array("just some text\nmore\n".utf8))
        }
        #expect(throws: InboundMail.Unreadable(description: "has no From header")) {
            try InboundMail.parse(Array("Subject: x\n\nbody\n".utf8))
        }
        #expect(throws: InboundMail.Unreadable.self) {
            try InboundMail.parse(Array("From: Kari <kari@>\nSubject: x\n\nbody\n".utf8))
        }
    }

    @Test("dates with and without a day name, seconds or numeric zone")
    func dates() {
        #expect(MailDate.parse("Thu, 26 Nov 2026 08:15:00 +0100") == 1_795_677_300)
        #expect(MailDate.parse("26 Nov 2026 07:15 GMT") == 1_795_677_300)
        #expect(MailDate.parse("Thu, 26 Nov 2026 02:15:00 -0500 (EST)") == 1_795_677_300)
        #expect(MailDate.parse("yesterday") == nil)
    }

    @Test("encoded words: adjacent words join without their gap, even inside one character; malformed ones stay as written")
    func encodedWords() {
        #expect(EncodedWords.decode("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab")
        #expect(EncodedWords.decode("x =?utf-8?b?w7g=?= y") == "x ø y")
        #expect(EncodedWords.decode("=?utf-8?x?a?= =?broken") == "=?utf-8?x?a?= =?broken")
        #expect(EncodedWords.decode("=?utf-8?q?=C3?= =?utf-8?q?=A5?=") == "å")
    }
}
