import Foundation
import Testing
@testable import SegmentCore

/// The journal's "who" is the user the system says runs segdesk.
@Suite("Who the journal names")
struct OperatorIdentityTests {
    @Test("the real user's login name from the system, whatever USER says; root through sudo names both; a uid without a name is its number")
    func realUser() {
        #expect(OperatorIdentity.login(realUID: 0, sudoUser: nil) == "root")
        #expect(OperatorIdentity.login(realUID: 0, sudoUser: "kari") == "root (sudo by kari)")
        #expect(OperatorIdentity.login(realUID: 65534, sudoUser: "kari") == "nobody", "only root's environment carries sudo's user")
        #expect(OperatorIdentity.login(realUID: 0, sudoUser: "kari\nroot") == "root", "a name with a control character is not taken")
        #expect(OperatorIdentity.login(realUID: 4_000_000, sudoUser: nil) == "uid 4000000")
    }
}
