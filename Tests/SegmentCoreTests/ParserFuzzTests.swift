import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A seeded mutation loop over every parser that reads outside input: good
/// files and mails, changed a few bytes at a time the way damage and malice
/// change them. Nothing may crash, and every problem names a line the input
/// has. `SEGDESK_FUZZ_ITERATIONS` runs longer (the README's fuzz command).
@Suite("Parsers under mutated input", .checkingStores)
struct ParserFuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["SEGDESK_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 1_500

    /// Bytes that mean something to one of the parsers.
    private static let interesting: [[UInt8]] = [
        [0x22], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0xFF], [0xC3], [0xE2, 0x80, 0xAE], [0x7B], [0x7D], [0x5B],
        [0x5C], Array("\\u0000".utf8), Array("\\ud800".utf8), [0x3C], [0x3E], Array("&#".utf8), Array("=?utf-8?b?".utf8),
        Array("--".utf8), Array("\r\n\r\n".utf8), [0x1B, 0x5D], Array(":".utf8), Array("=".utf8), [0xEF, 0xBB, 0xBF],
    ]

    /// One mutation of `input`: a flipped byte, an inserted token, a cut, or
    /// a repeated slice.
    static func mutate(_ input: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var bytes = input
        for _ in 0..<random.int(1...4) {
            let position = bytes.isEmpty ? 0 : random.int(0...(bytes.count - 1))
            switch random.int(0...4) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.insert(contentsOf: random.pick(interesting), at: position)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + random.int(1...40)))
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + random.int(1...200))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            default: bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }

    private func lines(in bytes: [UInt8]) -> Int {
        bytes.enumerated().filter { $0.element == 10 || $0.element == 13 }.count + 1
    }

    @Test("JSON Lines and CSV intake: every mutation is read or refused with a line the file has", arguments: [false, true])
    func intakeFiles(csv: Bool) {
        let seed = csv ? """
            external_id,consumer,service,received_at,title,reporter_name,reporter_email,body
            A-1,974760673,inntekt-api,2026-11-26T08:15:00+01:00,HTTP 503,Kari,kari@bank.no,"linje én, og ""to""
            og tre"
            A-2,910212958,inntekt-api,2026-11-26T08:16:00Z,Blåbær,,,
            """ : """
            {"external_id":"A-1","consumer":"974760673","service":"inntekt-api","received_at":"2026-11-26T08:15:00+01:00","title":"HTTP 503","reporter":{"name":"Kari","email":"kari@bank.no"},"impact":1}
            {"external_id":"A-2","consumer":"910212958","service":"inntekt-api","received_at":"2026-11-26T08:16:00Z","title":"Bl\\u00e5b\\u00e6r","body":"x\\ny"}
            """
        var random = SeededRandom(seed: csv ? 11 : 7)
        for _ in 0..<Self.iterations {
            let bytes = Self.mutate(Array(seed.utf8), &random)
            let contents = IncidentFile.read(Data(bytes), name: "fuzz", csv: csv)
            let last = lines(in: bytes)
            #expect(contents.problems.allSatisfy { (0...last).contains($0.line) }, "\(String(decoding: bytes, as: UTF8.self))")
            #expect(contents.records.allSatisfy { !$0.title.isEmpty && !$0.title.contains("\0") })
        }
    }

    /// Mail that takes the paths where text is kept with a note: a charset
    /// read through iconv, nesting past the limit, damaged base64.
    private static var oddMail: [[UInt8]] {
        var nested = "Content-Type: text/plain\r\n\r\nHTTP 503\r\n"
        for level in (0..<24).reversed() {
            nested = "Content-Type: multipart/mixed; boundary=n\(level)x\r\n\r\n--n\(level)x\r\n" + nested + "--n\(level)x--\r\n"
        }
        let head = "From: drift@bank.example\r\nSubject: =?koi8-r?b?8NLJ18XU?= 503\r\n"
        return [Array((head + "Content-Type: text/plain; charset=koi8-r\r\n\r\n").utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4],
                Array((head + nested).utf8),
                Array((head + "Content-Transfer-Encoding: base64\r\n\r\nSGVp*IGRl\r\nZw==\r\n").utf8)]
    }

    @Test("mail: every mutation of every fixture is read or refused, never a crash")
    func mail() throws {
        let fixtures = try ["plain-utf8.eml", "multipart-alternative-qp.eml", "multipart-mixed-attachment.eml",
                            "html-windows1252.eml", "latin1-base64.eml", "hostile.eml"].map(mailFixture) + Self.oddMail
        var random = SeededRandom(seed: 3)
        var read = 0
        for index in 0..<Self.iterations {
            let bytes = Self.mutate(fixtures[index % fixtures.count], &random)
            if let mail = try? InboundMail.parse(bytes) {
                read += 1
                #expect(!mail.text.unicodeScalars.contains("\0") && !mail.subject.unicodeScalars.contains("\0"), "NUL would cut the text where it is stored")
            }
        }
        #expect(read > 0)
    }
}
