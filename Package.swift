// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "segdesk",
    products: [
        .executable(name: "segdesk", targets: ["segdesk"]),
        .executable(name: "segdesk-bench", targets: ["segdesk-bench"]),
        .executable(name: "bare-list", targets: ["bare-list"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CPseudoTerminal", path: "Sources/CPseudoTerminal"),
        .target(name: "CTerminalGuard"),
        .target(name: "SegmentCore", dependencies: ["CSQLite"]),
        .target(name: "SegmentTUI", dependencies: ["SegmentCore", "CNcursesw", "CTerminalGuard"]),
        .executableTarget(name: "segdesk", dependencies: ["SegmentCore", "SegmentTUI"]),
        .executableTarget(name: "segdesk-bench", dependencies: ["SegmentCore", "CPseudoTerminal"]),
        .executableTarget(name: "bare-list", dependencies: ["SegmentCore", "CNcursesw"]),
        .target(name: "SegmentTestSupport", dependencies: ["SegmentCore", "SegmentTUI"], path: "Tests/Support"),
        .testTarget(name: "SegmentCoreTests", dependencies: ["SegmentCore", "SegmentTestSupport"], exclude: ["MailFixtures"]),
        .testTarget(name: "SegmentTUITests", dependencies: ["SegmentTUI", "SegmentCore", "SegmentTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SegdeskTests", dependencies: ["segdesk", "SegmentCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SegmentCore"], path: "Tests/e2e"),
    ],
    swiftLanguageModes: [.v6]
)
