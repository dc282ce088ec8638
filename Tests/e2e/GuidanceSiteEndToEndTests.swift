import Foundation
import Testing

/// The guidance the coordinator publishes, opened in a real browser: a
/// segment set up from files, five articles (one with hostile text), the
/// site exported as HTML, and every page loaded in headless Chromium.
@Suite("The guidance site in a browser",
       .enabled(if: TmuxSession.isAvailable && FileManager.default.isExecutableFile(atPath: Browser.chromium),
                "needs a built segdesk and Debian's chromium"))
struct GuidanceSiteEndToEndTests {
    private static let articles = [
        #"{"title_nb":"TD-005: ingen data for personen","text_nb":"TD-005 med HTTP 404 betyr at Skatteetaten ikke har data om personen.\n\nSe https://www.skatteetaten.no/td-005 for mer.","title_en":"TD-005: no data for the person","text_en":"TD-005 with HTTP 404 means no data for the person.","services":["inntekt-api"],"error_codes":["TD-005"],"source":"provider","provider_reference":"SKE-2211"}"#,
        #"{"title_nb":"Tomt felt <b>næring</b>","text_nb":"Et tomt felt & \"ingenting\" <script>alert('x')</script> betyr null.\n- første punkt\n- andre punkt","services":["inntekt-api"],"tags":["felt"]}"#,
        #"{"title_nb":"Hvilke inntektstyper teller","text_nb":"Lønn, pensjon og trygd teller.","services":["inntekt-api"]}"#,
        #"{"title_en":"Rate limits","text_en":"At most 20 calls a second; ask mailto:segment@koordinator.example for more.","tags":["ytelse"]}"#,
        #"{"title_nb":"Vedlikehold tirsdager","text_nb":"Et utkast som ikke skal ut.","status":"draft"}"#,
    ].joined(separator: "\n")

    /// The page as Chromium built it, scripts and all, had there been any.
    private func dom(_ path: String) throws -> String {
        try TmuxSession.run([Browser.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--dump-dom",
                             URL(fileURLWithPath: path).absoluteString])
    }

    /// The relative links of a page's DOM.
    private func links(_ dom: String) -> [String] {
        dom.matches(of: /href="([^"]+)"/).map { String($0.output.1) }.filter { !$0.contains(":") }
    }

    @Test("every page opens, every relative link leads to a page that opens, each article's text is there escaped, and no page has a script")
    func browserOpensEveryPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segdesk-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/desk.sqlite"
        try "service,service_name,provider,provider_name,provider_email,environments\ninntekt-api,Inntekt,ske,Skatteetaten,drift@ske.example,production\n"
            .write(toFile: folder + "/services.csv", atomically: true, encoding: .utf8)
        try Self.articles.write(toFile: folder + "/articles.jsonl", atomically: true, encoding: .utf8)
        try TmuxSession.run([TmuxSession.executable, "import", "services", "--db", database, folder + "/services.csv"])
        try TmuxSession.run([TmuxSession.executable, "import", "articles", "--db", database, folder + "/articles.jsonl"])
        try TmuxSession.run([TmuxSession.executable, "export", "articles", "--db", database, "--format", "html", folder + "/site"])

        var seen: [String: String] = [:]
        var waiting = [folder + "/site/index.html"]
        while let path = waiting.popLast() {
            let page = URL(fileURLWithPath: path).standardizedFileURL.path
            guard seen[page] == nil else { continue }
            #expect(FileManager.default.fileExists(atPath: page), "a link leads nowhere: \(page)")
            let built = try dom(page)
            seen[page] = built
            let base = URL(fileURLWithPath: page).deletingLastPathComponent()
            waiting += links(built).map { base.appendingPathComponent($0).standardizedFileURL.path }
        }
        #expect(seen.count == 5, "the index and four published articles: \(seen.keys.sorted())")
        #expect(seen.values.allSatisfy { !$0.lowercased().contains("<script") && !$0.lowercased().contains("javascript:") })
        let pages = seen.values.joined(separator: "\n")
        #expect(pages.contains("TD-005 med HTTP 404 betyr at Skatteetaten ikke har data om personen."))
        #expect(pages.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "the hostile text shows as text")
        #expect(pages.contains("Tomt felt &lt;b&gt;næring&lt;/b&gt;"))
        #expect(pages.contains("<li>første punkt</li>"))
        #expect(pages.contains(#"<a href="https://www.skatteetaten.no/td-005">"#))
        #expect(pages.contains("At most 20 calls a second"), "an article in English alone is shown in English")
        #expect(!pages.contains("Et utkast som ikke skal ut."), "a draft is not published")
    }
}

/// The browser the site is opened in: Debian's chromium package.
enum Browser {
    static let chromium = "/usr/bin/chromium"
}
