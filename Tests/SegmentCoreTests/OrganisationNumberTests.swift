import Testing
@testable import SegmentCore
import SegmentTestSupport

@Suite("Organisation numbers", .checkingStores)
struct OrganisationNumberTests {
    @Test("a number with the right mod-11 check digit is accepted, also when grouped")
    func acceptsValidNumbers() throws {
        #expect(try OrganisationNumber("974760673").digits == "974760673")
        #expect(try OrganisationNumber("974 760 673").grouped == "974 760 673")
        #expect(OrganisationNumber.grouped("974760673") == "974 760 673")
        #expect(OrganisationNumber.grouped("12345") == "12345")
        #expect(OrganisationNumber.grouped("٩٧٤٧٦٠٦٧٣") == "٩٧٤ ٧٦٠ ٦٧٣", "nine characters of more than one byte each")
        #expect(OrganisationNumber.grouped("97476067å") == "974 760 67å", "nine characters, ten bytes: grouped as characters")
        #expect(OrganisationNumber.grouped("øøøøa") == "øøøøa", "nine bytes, five characters: not cut inside a letter")
    }

    @Test("a wrong check digit is refused and the message shows the number")
    func refusesBadCheckDigit() {
        #expect(throws: OrganisationNumber.Problem.badCheckDigit("974760674")) { try OrganisationNumber("974760674") }
        #expect(OrganisationNumber.Problem.badCheckDigit("974760674").description.contains("974760674"))
    }

    @Test("anything but nine digits is refused", arguments: ["97476067", "9747606733", "97476067A", "", "٩٧٤٧٦٠٦٧٣"])
    func refusesWrongShape(text: String) {
        #expect(throws: OrganisationNumber.Problem.notNineDigits(text)) { try OrganisationNumber(text) }
    }

    @Test("eight leading digits whose remainder is 1 have no valid check digit")
    func remainderOneHasNoCheckDigit() {
        // 4 x weight 3 = 12, and 12 mod 11 = 1.
        #expect(OrganisationNumber.checkDigit(for: [4, 0, 0, 0, 0, 0, 0, 0]) == nil)
    }
}
