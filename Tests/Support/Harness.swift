import Foundation
import SegmentCore
import Testing
import SegmentTUI

/// One provider with one service, one bank (Fjordbanken), and the raw mail
/// `messages` taken in, each delivered `secondsAgo` before now.
public func mailStore(_ messages: [(secondsAgo: Int64, text: String)], path: String = ":memory:") throws -> Store {
    let store = try testStore(path: path, now: { testNow })
    let provider = try store.providers.add(key: "ske", name: "Skatteetaten", email: "tilbyder@skatteetaten.example")
    _ = try store.providers.addService(providerID: provider, key: "inntekt-api", name: "Inntekt", environments: [.production])
    _ = try store.addConsumer(NewConsumer(organisationNumber: try OrganisationNumber("974760673"), name: "Fjordbanken",
                                          stage: .live))
    for message in messages {
        _ = try MailIntake(store: store).take(try InboundMail.parse(Array(message.text.utf8)), deliveredAt: testNow - message.secondsAgo)
    }
    return store
}

/// A dashboard driven by the terminal's own loop, without a terminal: each
/// action goes through the reducer and its effects through the runner, first
/// in, first out. `quits` records a quit the terminal would have carried out.
public struct Harness {
    private var loop: ProgramLoop
    public private(set) var quits = false

    public init(store: Store, width: Int = 80, height: Int = 24) {
        let state = AppState(width: width, height: height, themeName: "default", operatorLogin: "kari", now: testNow,
                             timeZone: SegmentZone.current)
        loop = ProgramLoop(state: state, runner: EffectRunner(store: store, themes: ThemeLibrary(directories: [themesDirectory])))
        _ = loop.start()
    }

    /// The dashboard's state, as the screen is drawn from it.
    public var state: AppState { loop.state }

    public mutating func send(_ action: Action) {
        if loop.send(action).contains(.quit) { quits = true }
    }

    /// A moment without keys: reads one pane off screen, as the terminal does.
    @discardableResult
    public mutating func readAhead() -> Bool { loop.readAhead() }

    public mutating func press(_ keys: Key...) {
        for key in keys { send(.keyPressed(key)) }
    }

    public mutating func type(_ text: String) {
        for character in text { send(.keyPressed(.character(character))) }
    }

    /// Types `:text` and Enter, as the operator gives a command.
    public mutating func command(_ text: String) {
        press(.character(":"))
        type(text)
        press(.enter)
    }

    public var screen: Screen { DashboardView.render(state) }
}

/// The shipped themes, found from this file's place in the checkout.
public let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../themes").standardizedFileURL.path
