import Foundation

/// Reads an incident intake file (JSON Lines, or CSV when the name ends in
/// `.csv`) into checked records and the problems of the bad ones.
public enum IncidentFile {
    public typealias Contents = IntakeChunk<IncomingIncident>

    /// Parses `data`; `name` is how messages name the file ("-" for standard input).
    public static func read(_ data: Data, name: String, csv: Bool) -> Contents {
        IntakeFile.read(data, name: name, csv: csv, as: IncomingIncident.self)
    }
}

/// Part of an incident intake file.
public typealias IncidentChunk = IntakeChunk<IncomingIncident>
