import Foundation
import SegmentCore

/// A JSON Lines intake file of `count` incidents from the consumers and
/// services of a database, for timing the import.
enum IntakeSample {
    static func write(count: Int, from database: Database, to path: String) throws {
        let consumers = try database.rows("SELECT org_number FROM consumers ORDER BY id") { $0.string(0) }
        let services = try database.rows("SELECT key FROM services ORDER BY id") { $0.string(0) }
        guard !consumers.isEmpty, !services.isEmpty else { throw BenchError("the import database has no consumers") }
        var text = ""
        text.reserveCapacity(count * 420)
        let codes = ["HTTP 503", "HTTP 504", "TD-001", "SSG-104", "DAS-007", "IM-012"]
        for index in 0..<count {
            let code = codes[index % codes.count]
            let minute = index % 60, hour = (index / 60) % 24, day = 1 + (index / 1440) % 28
            let time = String(format: "2026-10-%02dT%02d:%02d:00+01:00", day, hour, minute)
            text += """
                {"external_id":"BENCH-\(index)","consumer":"\(consumers[index % consumers.count])",\
                "reporter":{"name":"Kari Nordmann","email":"kari@bank.eksempel.no"},\
                "service":"\(services[index % services.count])","received_at":"\(time)",\
                "title":"\(code) ved oppslag nr \(index)","body":"Vi får \(code) i produksjon. Korrelasjons-id c\(index). Berører \(index % 400) søknader.",\
                "error_code":"\(code)","correlation_id":"c\(index)","impact":\(1 + index % 3),"urgency":\(1 + (index / 3) % 3)}

                """
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
