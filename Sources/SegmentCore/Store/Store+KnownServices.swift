/// The services a report can be filed under, by key: every one but the
/// `unsorted` placeholder that mail lands on until the operator names one.
struct KnownServices {
    let ids: [String: Int64]

    /// The keys in order, comma-separated, for a message.
    var list: String { ids.keys.sorted().joined(separator: ", ") }

    subscript(key: String) -> Int64? { ids[key] }

    /// What to tell someone who named a service that is none of these.
    func unknown(_ key: String) -> Wording { Wording("unknown service \"{1}\"; known: {2}", key, list) }
}

extension Store {
    /// The key of the service that reports land on until the operator says
    /// which service they are about (`:service KEY`).
    public static let unsortedServiceKey = "unsorted"

    /// The services reports can be filed under (a handful; read whole).
    func knownServices() throws -> KnownServices {
        KnownServices(ids: try providers.serviceIDs(except: Self.unsortedServiceKey))
    }
}
