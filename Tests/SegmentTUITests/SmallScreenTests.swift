import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// The person on call on a phone's SSH app: 40 to 59 columns.
@Suite("On a phone-sized screen", .checkingStores)
struct SmallScreenTests {
    @Test("at 40x20 the incidents show priority, age, the consumer's short name and the title; the other panes share one line")
    func incidentsReadable() throws {
        let store = try demoStore()
        let harness = Harness(store: store, width: 40, height: 20)
        let lines = harness.screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[2].hasPrefix("  Pri  Age Consumer   Title"), "\(lines[2])")
        let first = try #require(harness.state.panes[.incidents]?.rows.incidents.first)
        let name = try #require(first.consumerName)
        #expect(lines[3].contains(first.priority.label) && lines[3].contains(String(ConsumerName.short(name).prefix(9))), "\(lines[3])")
        #expect(lines[3].contains(String(first.title.prefix(8))), "\(lines[3])")
        #expect(lines[18].contains("2 Provider cases"), "\(lines[18])")
        #expect(harness.state.panes[.incidents]!.rows.count >= 15)
    }

    @Test("at 40 columns the header's counts are symbols and the operator and the clock stay; ? gives the legend")
    func headerSymbols() throws {
        var harness = Harness(store: try demoStore(), width: 40, height: 20)
        var overview = harness.state.overview
        overview.openAlerts = 2
        overview.messagesFailed = 1
        harness.send(.overviewLoaded(overview))
        let header = harness.screen.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix(" !2 n\(overview.newIncidents) o\(overview.slaBreaches)"), "\(header)")
        #expect(header.hasSuffix("kari 13:00"), "\(header)")
        harness.press(.character("?"))
        #expect(harness.screen.text.contains("Header: RO read-only"))
    }

    @Test("a consumer's short name drops the legal form and the words every bank has")
    func shortNames() {
        #expect(ConsumerName.short("Solbakken Bank ASA") == "Solbakken")
        #expect(ConsumerName.short("Banken i Sølvberg") == "Sølvberg")
        #expect(ConsumerName.short("Sparebanken Måkeskjær") == "Måkeskjær")
        #expect(ConsumerName.short("Bank ASA") == "Bank")
    }

    @Test("below 40x12 the screen says how big it must be")
    func tooSmall() throws {
        let harness = Harness(store: try demoStore(), width: 39, height: 12)
        #expect(harness.screen.text.contains("segdesk needs at least 40x12."))
        #expect(!Harness(store: try demoStore(), width: 40, height: 12).screen.text.contains("needs at least"))
    }

    @Test("at 40 columns a narrow pane keeps its title readable: fixed columns leave from the right")
    func narrowTables() throws {
        var harness = Harness(store: try demoStore(), width: 40, height: 20)
        harness.press(.character("5"))
        let lines = harness.screen.text.split(separator: "\n").map(String.init)
        #expect(lines[2].contains("Name"), "\(lines[2])")
        harness.press(.character("2"))
        #expect(harness.screen.text.split(separator: "\n").map(String.init)[2].contains("Title"))
    }
}
