import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The provider's clock on a forwarded case has targets (acknowledge and
/// resolve, per priority): the case shows when it is due, the header counts
/// the cases the provider is late on, and the export gives the times.
@Suite("The provider's targets on a forwarded case", .checkingStores)
struct ProviderClockTests {
    /// Three banks reporting a P1 HTTP 503, grouped; the configuration's
    /// provider targets P1 2h to acknowledge and 1d to resolve.
    private func forwardedP1Case(clock: @escaping () -> Int64) throws -> (Store, Int64) {
        var policy = CoordinationPolicy()
        policy.providerResponse[.p1] = 2 * 3600
        policy.providerResolution[.p1] = 86_400
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: clock, policy: policy)
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        try store.triageDesk.triage(.assess(Assessment(impact: 1, urgency: 1)), incidents: ids)
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        return (store, caseID)
    }

    @Test("forwarded at 12:00 with P1 targets 2h/1d: due at 14:00; at 15:00 the header counts it late; acknowledged, it is due the next day; export gives the times")
    func lateAndAcknowledged() throws {
        var clock = testNow
        let (store, caseID) = try forwardedP1Case(clock: { clock })
        var row = try store.caseDesk.caseRow(id: caseID)
        #expect(row.providerResponseDueAt == testNow + 7_200)
        #expect(row.providerResolutionDueAt == testNow + 86_400)
        #expect(row.providerDueAt == testNow + 7_200)
        #expect(try store.overview().casesLateAtProvider == 0)
        clock = testNow + 3 * 3600
        #expect(try store.overview().casesLateAtProvider == 1)
        try store.triageDesk.recordProviderUpdate(caseID: caseID, text: "Vi ser på det (SKE-1)")
        row = try store.caseDesk.caseRow(id: caseID)
        #expect(row.acknowledgedAt == testNow + 3 * 3600)
        #expect(row.providerDueAt == testNow + 86_400)
        #expect(try store.overview().casesLateAtProvider == 0, "acknowledged, late on that only")
        clock = testNow + 2 * 86_400
        #expect(try store.overview().casesLateAtProvider == 1)
        let met = ProviderTargetsMet(acknowledged: 0, acknowledgeJudged: 1, resolved: 0, resolveJudged: 1)
        #expect(try store.statistics(days: 7).providerTargets == met)
        #expect(try store.digest(days: 7).text(in: .english).contains("Your targets on the cases forwarded to you: acknowledged 0 of 1 in time, resolved 0 of 1 in time"))
        var exported = ""
        try Exporter(store: store).export(.cases, format: .jsonl, forTerminal: false) { exported += $0 }
        #expect(exported.contains(#""provider_acknowledged_at":"\#(Timestamp.iso(testNow + 3 * 3600))""#))
        #expect(exported.contains(#""provider_response_due_at":"\#(Timestamp.iso(testNow + 7_200))""#))
        #expect(exported.contains(#""provider_resolution_due_at":"\#(Timestamp.iso(testNow + 86_400))""#))
    }

    @Test("the provider's own targets on its record come before the configuration's; with neither, no due time")
    func ownTargetsFirst() throws {
        var policy = CoordinationPolicy()
        policy.providerResponse[.p1] = 2 * 3600
        let store = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow }, policy: policy)
        let ids = try threeBanksReporting(["HTTP 503 A", "HTTP 503 B", "HTTP 503 C"], in: store)
        try store.providerDesk.setProviderTarget(providerID: 1, ProviderTarget(priority: .p3, acknowledge: 1_800, resolve: 3_600))
        let caseID = try #require(try Grouping(store: store).group(ids).openedCaseID)
        try Forwarding(store: store).forward(caseID: caseID)
        let row = try store.caseDesk.caseRow(id: caseID)
        #expect(row.providerResponseDueAt == testNow + 1_800, "the reports are P3: the provider's own P3 target")
        #expect(row.providerResolutionDueAt == testNow + 3_600)
        let other = try testStore(path: ":memory:", operatorLogin: "kari", now: { testNow })
        let more = try threeBanksReporting(["x", "y", "z"], in: other)
        let second = try #require(try Grouping(store: other).group(more).openedCaseID)
        try Forwarding(store: other).forward(caseID: second)
        #expect(try other.caseDesk.caseRow(id: second).providerDueAt == nil)
    }
}
