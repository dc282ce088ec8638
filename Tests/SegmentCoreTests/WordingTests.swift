import Testing
@testable import SegmentCore

/// A refusal or a question is a value until it is shown: made in one
/// language's context, it reads in the language of whoever reads it.
@Suite("Wordings", .checkingStores)
struct WordingTests {
    @Test("a refusal thrown while English is current reads bokmål to an operator who reads bokmål")
    func refusalWordedWhenShown() {
        let refusal = Language.$interface.withValue(.english) { StoreError.refused(.noConsumerCalled(name: "Banken")) }
        #expect(Language.$interface.withValue(.bokmal) { refusal.description } == "ingen konsument heter «Banken»")
        #expect(Language.$interface.withValue(.english) { refusal.description } == "no consumer is called \"Banken\"")
    }

    @Test("a wording inside a wording, and a count, take the reader's language too")
    func nestedAndCounted() {
        let question = Wording("Assign {1} to {2}?", Wording.counted(2_500, "{1} marked incident", "{1} marked incidents"), "kari")
        #expect(question.words(in: .english) == "Assign 2,500 marked incidents to kari?")
        #expect(question.words(in: .bokmal).contains("2 500 merkede feilmeldinger"))
        #expect(Wording.counted(1, "{1} marked incident", "{1} marked incidents").words(in: .bokmal) == "1 merket feilmelding")
    }

    @Test("words from elsewhere are shown as they are, placeholders and all")
    func verbatim() {
        #expect(Wording.verbatim("disk I/O error {1}").words(in: .bokmal) == "disk I/O error {1}")
        #expect(Wording.verbatim("a") != Wording("a"))
    }
}
