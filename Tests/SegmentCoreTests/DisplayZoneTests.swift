import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Times on the dashboard are shown in the operator's local time, read
/// through the C library instead of Foundation's zone tables.
@Suite("Local time", .serialized, .checkingStores)
struct DisplayZoneTests {
    private let winter: Int64 = 1_796_044_500  // 2026-11-30 13:15 UTC
    private let summer: Int64 = 1_782_825_300  // 2026-06-30 13:15 UTC

    /// Runs `body` with `TZ` set to `value` (and `TZDIR` to `zoneFiles`),
    /// then puts the process's back.
    private func withTZ(_ value: String, zoneFiles: String? = nil, _ body: () -> Void) {
        let names = ["TZ", "TZDIR"]
        let saved = names.map { (name: String) -> String? in getenv(name).map { String(cString: $0) } }
        setenv("TZ", value, 1)
        if let zoneFiles { setenv("TZDIR", zoneFiles, 1) }
        tzset()
        body()
        for (name, value) in zip(names, saved) {
            if let value { setenv(name, value, 1) } else { unsetenv(name) }
        }
        tzset()
    }

    @Test("with TZ set to a rule of Norway's, the local zone is an hour ahead of UTC in winter and two in summer")
    func posixRule() {
        withTZ("CET-1CEST,M3.5.0,M10.5.0/3") {
            #expect(DisplayZone.local.secondsFromGMT(at: winter) == 3_600)
            #expect(DisplayZone.local.secondsFromGMT(at: summer) == 7_200)
            #expect(Language.bokmal.dateTime(winter, .local) == "30.11.2026 14:15")
            #expect(Language.english.dateTime(summer, .local) == "2026-06-30 15:15")
        }
    }

    @Test("with TZ=Europe/Oslo the local zone agrees with Foundation's Oslo, with or without the system's zone files")
    func namedZone() throws {
        let oslo = DisplayZone(try #require(TimeZone(identifier: "Europe/Oslo")))
        withTZ("Europe/Oslo") {
            #expect(DisplayZone.local.secondsFromGMT(at: winter) == oslo.secondsFromGMT(at: winter))
            #expect(DisplayZone.local.secondsFromGMT(at: summer) == oslo.secondsFromGMT(at: summer))
            #expect(oslo.secondsFromGMT(at: summer) == 7_200)
        }
    }

    @Test("on a system without zone files, TZ=Europe/Oslo is still Oslo's time, through Foundation's own tables")
    func withoutZoneFiles() throws {
        let empty = try TemporaryDirectory()
        withTZ("Europe/Oslo", zoneFiles: empty.url.path) {
            #expect(DisplayZone.local.secondsFromGMT(at: winter) == 3_600)
            #expect(DisplayZone.local.secondsFromGMT(at: summer) == 7_200)
        }
    }

    @Test("with TZ=UTC no offset, summer or winter")
    func utc() {
        withTZ("UTC") {
            #expect(DisplayZone.local.secondsFromGMT(at: winter) == 0 && DisplayZone.local.secondsFromGMT(at: summer) == 0)
        }
    }

    @Test("a date typed for the segment in Oslo starts at its midnight and a deadline holds the whole day, summer time changes included")
    func daysInTheSegmentsZone() {
        let oslo = DisplayZone(identifier: "Europe/Oslo")
        #expect(oslo.startOfDay("2026-12-16") == Timestamp.parse("2026-12-15T23:00:00Z"))
        #expect(oslo.endOfDay("2026-12-16") == Timestamp.parse("2026-12-16T22:59:59Z"))
        #expect(oslo.startOfDay("2026-03-29") == Timestamp.parse("2026-03-28T23:00:00Z"))
        #expect(oslo.endOfDay("2026-03-29") == Timestamp.parse("2026-03-29T21:59:59Z"))
        #expect(oslo.startOfDay("16.12.2026") == nil)
        #expect(Language.bokmal.dateTime(oslo.endOfDay("2026-12-16")!, oslo).contains("16.12.2026"))
    }
}
