import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The chain of seals has no secret: whoever can write the file can change
/// an entry and seal every entry after it again. A head written down
/// elsewhere by `segdesk seal` is what such a forgery cannot match.
@Suite("The journal held against heads written down", .checkingStores)
struct JournalWitnessTests {
    /// Changes entry `id` and seals every entry after it again, as a forger
    /// who has read segdesk's source would.
    private func forge(_ store: Store, entry id: Int64) throws {
        damagedOnPurpose(store)
        try store.database.execute("UPDATE journal SET operator = 'mallory' WHERE id = \(id)")
        try store.database.inTransaction { try store.journalEntries.reseal(from: id) }
    }

    @Test("entry 101 changed and every seal after it recomputed passes check, but not check against the head written before")
    func resealedForgeryIsFound() throws {
        let directory = try TemporaryDirectory()
        let witness = directory.path("seal.log")
        let store = try demoStore(incidents: 200)
        let head = try #require(try store.journalWitness.head())
        #expect(head.entry > 101)
        try head.append(to: witness)
        #expect(try store.journalWitness.problems(against: try WitnessedHead.read(from: witness)).isEmpty)
        try forge(store, entry: 101)
        #expect(try store.check().isEmpty)
        let problems = try store.journalWitness.problems(against: try WitnessedHead.read(from: witness))
        #expect(problems == ["journal: entry \(head.entry) does not match its seal witnessed at \(Timestamp.iso(head.at)) (\(witness):1): "
                             + "the journal up to entry \(head.entry) was changed after that time"])
    }

    @Test("entries after the newest head are not pinned by it: a change there is for the next head to find")
    func laterEntriesNotPinned() throws {
        let directory = try TemporaryDirectory()
        let witness = directory.path("seal.log")
        let store = try demoStore(incidents: 200)
        let head = try #require(try store.journalWitness.head())
        try head.append(to: witness)
        try store.triageDesk.addNote(entity: .incident, id: 1, text: "ringte banken")
        try store.triageDesk.addNote(entity: .incident, id: 1, text: "ringte igjen")
        try forge(store, entry: head.entry + 1)
        #expect(try store.journalWitness.problems(against: try WitnessedHead.read(from: witness)).isEmpty)
    }

    @Test("a journal cut short below a witnessed entry is named as entries removed")
    func truncatedJournal() throws {
        let directory = try TemporaryDirectory()
        let witness = directory.path("seal.log")
        let store = try demoStore(incidents: 200)
        let head = try #require(try store.journalWitness.head())
        try head.append(to: witness)
        damagedOnPurpose(store)
        try store.database.execute("DELETE FROM journal WHERE id > \(head.entry - 3)")
        let problems = try store.journalWitness.problems(against: try WitnessedHead.read(from: witness))
        #expect(problems.count == 1)
        #expect(problems.first?.contains("is missing: entries were removed after that time") == true)
    }

    @Test("heads mailed to the archive address are read back from its Maildir and hold the journal the same way")
    func mailedHeads() throws {
        let directory = try TemporaryDirectory()
        let store = try demoStore(incidents: 200)
        let head = try #require(try store.journalWitness.head())
        try store.journalWitness.mail(head, to: "arkiv@koordinator.example")
        let archive = directory.path("archive")
        let report = try Outbox(store: store, transport: .maildir(path: archive), from: "seg@koordinator.example").deliverDue()
        #expect(report.failed.isEmpty)
        let read = try WitnessedHead.read(from: archive)
        #expect(read.map(\.entry) == [head.entry])
        #expect(read.map(\.seal) == [head.seal])
        #expect(try store.journalWitness.problems(against: read).isEmpty)
        try forge(store, entry: 20)
        #expect(try store.journalWitness.problems(against: read).count == 1)
    }

    @Test("lines that are not heads, and heads with a bad seal or time, are passed over")
    func otherLinesPassedOver() throws {
        let directory = try TemporaryDirectory()
        let witness = directory.path("seal.log")
        let good = WitnessedHead(entry: 7, seal: String(repeating: "ab", count: 32), at: testNow)
        try """
            # written by cron
            segdesk-seal entry=7 seal=xyz at=2026-12-06T10:00:00Z
            segdesk-seal entry=0 seal=\(good.seal) at=2026-12-06T10:00:00Z
            segdesk-seal entry=7 seal=\(good.seal) at=yesterday
            \(good.line)

            """.write(toFile: witness, atomically: true, encoding: .utf8)
        #expect(try WitnessedHead.read(from: witness) == [WitnessedHead(entry: 7, seal: good.seal, at: testNow, source: "\(witness):5")])
    }
}
