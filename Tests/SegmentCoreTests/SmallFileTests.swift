import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The configuration, the known answers and themes are read at start
/// without Foundation's file manager.
@Suite("Small files read at start", .checkingStores)
struct SmallFileTests {
    @Test("a file is read whole, letters and all; a missing file or a directory is nil")
    func reading() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("config")
        let text = "language = nb\n# svar på norsk: æøå\n" + String(repeating: "x", count: 40_000)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(SmallFile.text(atPath: path) == text)
        #expect(SmallFile.text(atPath: directory.path("missing")) == nil)
        #expect(SmallFile.text(atPath: directory.url.path) == nil)
    }

    @Test("a path loses its . and .. steps: an install's bin/.. is its prefix")
    func normalising() {
        #expect(SmallFile.normalised("/usr/local/bin/../share/segdesk/themes") == "/usr/local/share/segdesk/themes")
        #expect(SmallFile.normalised("/a/./b/../../c") == "/c")
        #expect(SmallFile.normalised("/..") == "/")
        #expect(SmallFile.normalised("a/../../b") == "../b")
    }
}
