import Foundation
import Testing
@testable import SegmentCore
@testable import SegmentTUI
import SegmentTestSupport

/// Two operators on one database edit the same consumer from their dashboards.
@Suite("Consumer edits on screen", .checkingStores)
struct ConsumerEditScreenTests {
    @Test("two dashboards set a business contact on one consumer: the second is refused with who did it; u takes the first back")
    func secondRefusedFirstUndone() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("desk.sqlite")
        let kariStore = try testStore(path: path, operatorLogin: "kari", now: { testNow })
        _ = try threeBanksReporting(["503", "503", "503"], in: kariStore)
        let olaStore = try testStore(path: path, operatorLogin: "ola", now: { testNow })
        var kari = Harness(store: kariStore)
        var ola = Harness(store: olaStore)
        kari.press(.character("5"), .enter)
        ola.press(.character("5"), .enter)
        let id = try #require(kari.state.detail?.id)
        kari.command("contact business leder@bank0.example Leder")
        #expect(kari.state.message?.text == "Bank 0: business contact is now Leder <leder@bank0.example> (u undoes)")
        ola.command("contact business sjef@bank0.example Sjef")
        #expect(ola.state.message?.text == "consumer \(id) was changed by kari meanwhile; nothing was changed: look again and retry")
        let bottom = ola.screen.text.split(separator: "\n", omittingEmptySubsequences: false).suffix(2).joined(separator: " ")
        #expect(bottom.contains("consumer \(id) was changed by kari meanwhile; nothing was changed: look again and") && bottom.contains("retry"),
                "a refusal longer than the line is read whole at 80 columns: \(bottom)")
        #expect(try kariStore.consumerDesk.consumer(id: id).contacts.first { $0.role == .business }?.email == "leder@bank0.example")
        kari.press(.character("u"))
        #expect(kari.state.message?.text.hasPrefix("undone: Bank 0: business contact is now") == true)
        #expect(try kariStore.consumerDesk.consumer(id: id).contacts.allSatisfy { $0.role != .business })
        kari.command("name Bank Null ASA")
        kari.command("domain bank0.example")
        kari.press(.character("u"))
        #expect(try kariStore.consumerDesk.consumer(id: id).row.name == "Bank Null ASA")
        #expect(kari.screen.text.contains("Bank Null ASA"))
    }
}
