/// The services a report can be filed under, by key: every one but the
/// `unsorted` placeholder that mail lands on until the operator names one.
struct KnownServices {
    let ids: [String: Int64]

    subscript(key: String) -> Int64? { ids[key] }

    /// What to tell someone who named a service that is none of these.
    func unknown(_ key: String) -> Refusal { .unknownService(key: key, known: ids.keys.sorted()) }
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
