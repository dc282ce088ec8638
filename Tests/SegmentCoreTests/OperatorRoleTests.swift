import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// A team sharing one desk: the roles come from the system's configuration,
/// and what they forbid is refused in words with nothing written.
@Suite("Roles from the system's configuration", .checkingStores)
struct OperatorRoleTests {
    @Test("admins administer; readers only read; the rest operate; root administers; without admins everyone does")
    func roles() {
        let roles = OperatorRoles(readers: "segread", admins: "segadmin")
        #expect(roles.role(memberOf: ["segadmin", "segread"], isRoot: false) == .administrator)
        #expect(roles.role(memberOf: ["segread", "users"], isRoot: false) == .reader(group: "segread"))
        #expect(roles.role(memberOf: ["users"], isRoot: false) == .operator(admins: "segadmin"))
        #expect(roles.role(memberOf: ["segread"], isRoot: true) == .administrator)
        #expect(OperatorRoles(readers: "segread").role(memberOf: ["users"], isRoot: false) == .administrator)
    }

    @Test("readers and admins are read from the system's file; a user's own file cannot set them and is told so")
    func onlyTheSystemSetsRoles() {
        let (system, systemWarnings) = Configuration.parse("readers = root\nadmins = root\nescalate = 2\n", file: "/etc/segdesk/config", system: true)
        #expect(system.roles == OperatorRoles(readers: "root", admins: "root"))
        #expect(systemWarnings.count == 1)
        let (user, warnings) = Configuration.parse("admins = users\nreaders = \n", file: "~/.config/segdesk/config", onto: system)
        #expect(user.roles == OperatorRoles(readers: "root", admins: "root"))
        #expect(warnings.first == "~/.config/segdesk/config:1: admins is read from /etc/segdesk/config alone, so that no one sets their own role; ignored here")
        let (unknown, problems) = Configuration.parse("readers = no-such-group-here\n", file: "c", system: true)
        #expect(unknown.roles.readers == nil)
        #expect(problems == ["c:1: readers expects the name of a group this system knows, got \"no-such-group-here\""])
    }

    @Test("an operator outside the admins group may not import services, set targets, change agreements or take a backup; nothing is written")
    func adminsAlone() throws {
        let folder = try TemporaryDirectory()
        let store = try Store(path: folder.path("desk.sqlite"), operatorLogin: "ola", now: { testNow }, role: .operator(admins: "segadmin"))
        let services = #"{"provider":"ske","provider_name":"Skatteetaten","provider_email":"drift@ske.example","service":"felles-api","service_name":"Felles","environments":["production"]}"#
        let refusal = { (task: AdministrativeTask) in StoreError.refused(.adminsOnly(task: task.rawValue, group: "segadmin")) }
        #expect(throws: refusal(.importServices)) {
            try store.intakeDesk.importServices(IntakeFile.read(Data(services.utf8), name: "s.jsonl", csv: false, as: IncomingService.self),
                                                file: "s.jsonl", skipBad: false)
        }
        #expect(throws: refusal(.changeAgreements)) { try store.agreementDesk.addAgreementVersion(1, title: "Vilkår", effectiveAt: testNow) }
        #expect(throws: refusal(.setTargets)) {
            try store.providerDesk.setProviderTarget(providerID: 1, ProviderTarget(priority: .p1, acknowledge: 3600, resolve: 7200))
        }
        #expect(throws: refusal(.registerService)) {
            try store.providerDesk.registerService(providerKey: "ske", key: "felles-api", name: "Felles", environments: ["production"], description: "")
        }
        #expect(throws: refusal(.backup)) { try store.backup(to: folder.path("copy.sqlite")) }
        #expect(try store.database.scalar("SELECT count(*) FROM services") == 0)
        #expect(try store.database.scalar("SELECT count(*) FROM journal") == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("copy.sqlite")))
        #expect(refusal(.backup).description == "only members of segadmin, the admins of /etc/segdesk/config, may take a backup; nothing was changed")
        #expect(Language.$interface.withValue(.bokmal) { refusal(.backup).description }
                == "bare medlemmer av segadmin, administratorene i /etc/segdesk/config, kan ta sikkerhetskopi; ingenting ble endret")
    }

    @Test("a reader's store refuses every change saying the role, and writes nothing")
    func readersRead() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("desk.sqlite")
        let writer = try Store(path: path, operatorLogin: "kari", now: { testNow })
        var generator = DemoGenerator(store: writer, options: DemoOptions(consumers: 5, incidents: 20, seed: 3))
        try generator.generate()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try Store(path: path, operatorLogin: "per", now: { testNow }, forReading: true, chosenReadOnly: .role(group: "segread"),
                               role: .reader(group: "segread"))
        #expect(reader.readOnlyReason == .role(group: "segread"))
        #expect(throws: StoreError.readOnly(path: path, reason: .role(group: "segread"))) { try reader.backup(to: folder.path("copy.sqlite")) }
        #expect(StoreError.readOnly(path: path, reason: .role(group: "segread")).description
                == "read-only: you are in segread, the readers of /etc/segdesk/config; nothing was changed")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
