import Foundation
import SegmentCore
import Testing

/// Every store a test opens passes `segdesk check` when the test ends, so a
/// kept count that drifts fails the test that made it drift, not a user
/// months later. A suite opts in with `@Suite(..., .checkingStores)`; the
/// stores made by this module's factories register themselves, and a store
/// made outside such a scope is itself a failure (the test would otherwise
/// go unchecked without anybody noticing).
public struct StoreCheck: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else {
            try await function()
            return
        }
        let opened = OpenedStores()
        try await OpenedStores.$current.withValue(opened) {
            try await function()
        }
        for (index, problem) in try opened.problems() {
            Issue.record("store \(index + 1) of this test fails segdesk check: \(problem)")
        }
    }
}

extension Trait where Self == StoreCheck {
    /// Checks every store the test opened with `segdesk check` when it ends.
    public static var checkingStores: StoreCheck { StoreCheck() }
}

/// The stores one test opened, in order, and those it damaged on purpose.
final class OpenedStores: @unchecked Sendable {
    @TaskLocal static var current: OpenedStores?

    private let lock = NSLock()
    private var stores: [Store] = []
    private var excused: Set<ObjectIdentifier> = []

    func add(_ store: Store) {
        lock.withLock { stores.append(store) }
    }

    func excuse(_ store: Store) {
        lock.withLock { _ = excused.insert(ObjectIdentifier(store)) }
    }

    /// What `check` finds in each store not excused, with its place in order.
    func problems() throws -> [(Int, String)] {
        let (stores, excused) = lock.withLock { (self.stores, self.excused) }
        var found: [(Int, String)] = []
        for (index, store) in stores.enumerated() where !excused.contains(ObjectIdentifier(store)) {
            found += try store.check().map { (index, $0) }
        }
        return found
    }
}

/// Registers `store` with the running test's check; records a failure when
/// the test's suite does not check its stores.
@discardableResult
public func checkedAtEnd(_ store: Store, sourceLocation: SourceLocation = #_sourceLocation) -> Store {
    if let opened = OpenedStores.current {
        opened.add(store)
    } else {
        Issue.record("a store opened outside a suite marked .checkingStores goes unchecked", sourceLocation: sourceLocation)
    }
    return store
}

/// Leaves `store` out of the check at the test's end: for a test that damages
/// a store on purpose to show that `check` finds it.
public func damagedOnPurpose(_ store: Store) {
    OpenedStores.current?.excuse(store)
}

/// A store for a test, opened as `Store(...)` opens one and checked when the
/// test ends.
public func testStore(path: String = ":memory:", operatorLogin: String = "kari",
                      now: @escaping () -> Int64 = { Int64(Date().timeIntervalSince1970) },
                      policy: CoordinationPolicy = CoordinationPolicy(), mustExist: Bool = false,
                      upgrading: (String) -> Void = { _ in },
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Store {
    checkedAtEnd(try Store(path: path, operatorLogin: operatorLogin, now: now, policy: policy, mustExist: mustExist,
                           upgrading: upgrading), sourceLocation: sourceLocation)
}
