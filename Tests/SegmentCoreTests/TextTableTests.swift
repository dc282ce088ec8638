import Foundation
import Testing
@testable import SegmentCore
import SegmentTestSupport

/// Every English text segdesk says, as its sources give it: the literals
/// passed to `localized` and `Wording`, to a language's `text` and `counted`, to a table
/// column, a form's field, a command's usage and as a command's summary. A text built at run time from a table
/// (keys, commands, labels) is checked from that table where it lives.
private func textsInSources() throws -> Set<String> {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardizedFileURL
    let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("BokmalTexts") }
    let literal = #""((?:[^"\\]|\\.)*)""#
    let single = try Regex(#"(?:localized|Wording|(?:\blanguage|\.language)\.text|\.fixed|\.rest|usage|refuse)\(\s*"# + literal + #"|arguments: "(?:[^"\\]|\\.)*",\s*summary: "# + literal)
    let pair = try Regex(#"(?:counted\([^,()]+|\.init\(\s*"[^"]*"),\s*"# + literal + #",\s*"# + literal)
    let multiline = try Regex(#"localized\("""\n((?:.|\n)*?)\n\s*""""#)
    var texts = Set<String>()
    for file in files {
        let source = try String(contentsOf: file, encoding: .utf8)
        for match in source.matches(of: single) {
            for index in 1..<match.output.count { if let text = match.output[index].substring { texts.insert(unescaped(String(text))) } }
        }
        for match in source.matches(of: pair) {
            for index in 1...2 { if let text = match.output[index].substring { texts.insert(unescaped(String(text))) } }
        }
        for match in source.matches(of: multiline) {
            guard let body = match.output[1].substring else { continue }
            let lines = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            texts.insert(lines.map { $0.hasSuffix("\\") ? String($0.dropLast()) : $0 + "\n" }.joined().trimmingCharacters(in: .newlines))
        }
    }
    return texts.filter { !$0.isEmpty }
}

private func unescaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\n", with: "\n")
        .replacingOccurrences(of: "\\\\", with: "\\")
}

@Suite("Texts in bokmål and English", .checkingStores)
struct TextTableTests {
    @Test("every text the sources say has a bokmål translation, with the same placeholders")
    func everyTextIsTranslated() throws {
        let texts = try textsInSources()
        #expect(texts.count > 200)
        let interpolated = texts.filter { $0.contains("\\(") }
        #expect(interpolated.isEmpty, "a text to translate is a constant; fill it with {1}: \(interpolated.sorted())")
        let missing = texts.filter { BokmalTexts.table[$0] == nil && !$0.contains("\\(") }
        #expect(missing.isEmpty, "missing in bokmål: \(missing.sorted())")
        for (english, bokmal) in BokmalTexts.table {
            #expect(Language.placeholders(in: english) == Language.placeholders(in: bokmal), "\(english) → \(bokmal)")
        }
    }

    @Test("a record's labels fit its 12-column margin and a form's labels their 10 columns, in bokmål too")
    func labelsFit() throws {
        let panes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/SegmentTUI")
        let files = try #require(FileManager.default.enumerator(at: panes, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        var checked = 0
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in source.matches(of: #/DetailLine\(localized\("([^"]+)"\)/#) {
                let label = String(match.output.1)
                #expect((BokmalTexts.table[label] ?? label).count <= 12, "record label \(label)")
                checked += 1
            }
            for match in source.matches(of: #/\.init\("[a-z_]+", "([^"]+)", /#) {
                let label = String(match.output.1)
                #expect((BokmalTexts.table[label] ?? label).count <= 10, "form label \(label)")
                checked += 1
            }
        }
        #expect(checked > 40)
    }

    @Test("every command's --help page has its bokmål page")
    func everyUsagePage() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/segdesk/Usage.swift")
        let names = try String(contentsOf: sources, encoding: .utf8).matches(of: #/page\("(\w+)", """/#).map { String($0.output.1) }
        #expect(names.count >= 12)
        #expect(Set(names) == Set(BokmalTexts.usagePages.keys))
    }

    @Test("every label of a status, kind, stage and importance has a bokmål translation")
    func everyLabelIsTranslated() {
        let labels = IncidentStatus.allCases.map(\.label) + IncidentKind.allCases.map(\.rawValue) + CaseStatus.allCases.map(\.rawValue)
            + NoticeStatus.allCases.map(\.rawValue) + NoticeKind.allCases.map(\.label) + AcknowledgementState.allCases.map(\.label)
            + NeedStatus.allCases.map(\.label) + LegalBasis.allCases.map(\.label) + Importance.allCases.map(\.label)
            + OnboardingStage.allCases.map(\.label)
        #expect(labels.filter { BokmalTexts.table[$0] == nil }.isEmpty)
    }

    @Test("the bokmål words in the panes' narrow columns fit them, as the English ones do")
    func cellWordsFit() {
        let columns: [(words: [String], width: Int)] = [
            (IncidentStatus.allCases.map(\.label) + ["new reply"], 9), (CaseStatus.allCases.map(\.rawValue), 12),
            (NoticeKind.allCases.map(\.label), 12), (NoticeStatus.allCases.map(\.rawValue), 9), (["BREAKING"], 8),
            (NeedStatus.allCases.map(\.label), 11), (["not cov", "unclear"], 7), (OnboardingStage.allCases.map(\.label), 10),
        ]
        for column in columns {
            for word in column.words {
                #expect(word.count <= column.width && Language.bokmal.translation(of: word).count <= column.width, "\(word)")
            }
        }
    }

    /// The nouns segdesk counts, in the plural, with their singular.
    private static let countedNouns: [String: String] = [
        "incidents": "incident", "reports": "report", "consumers": "consumer", "messages": "message", "cases": "case",
        "notices": "notice", "needs": "need", "backers": "backer", "replies": "reply", "providers": "provider",
        "services": "service", "reminders": "reminder", "corrections": "correction", "answers": "answer", "records": "record",
        "duplicates": "duplicate", "days": "day", "pages": "page", "fields": "field", "digits": "digit", "characters": "character",
        "heads": "head", "backings": "backing", "acceptances": "acceptance", "versions": "version", "hours": "hour",
        "reporters": "reporter", "steps": "step", "entries": "entry",
    ]

    @Test("a number before a counted noun has its singular text too, so one is never \"1 reports\" or \"1 meldinger\"")
    func countsHaveTheirSingular() throws {
        let counted = try Regex(#"\{\d\} ((?:[a-z]+ )?)([a-z]+)"#)
        let keys = Array(BokmalTexts.table.keys)
        var lacking: [String] = []
        for key in keys {
            for match in key.matches(of: counted) {
                let noun = String(match.output[2].substring ?? "")
                guard let singular = Self.countedNouns[noun] else { continue }
                let adjective = String(match.output[1].substring ?? "")
                let before = String(key[key.startIndex..<match.range.lowerBound])
                // The text for one: the same words with the noun in the singular,
                // its verb agreeing ("there is 1 incident"), or without the number ("the last day").
                let ones = [before, before.replacingOccurrences(of: " are ", with: " is ")].flatMap { start in
                    [start + key[match.range].prefix(4) + adjective + singular, start + adjective + singular]
                }
                if !keys.contains(where: { other in other != key && ones.contains { other.hasPrefix($0) && !other.hasPrefix($0 + "s") } }) {
                    lacking.append(key)
                }
            }
        }
        #expect(lacking.sorted() == [], "each needs Language.counted with a text for one")
    }

    @Test("no two parts of the table translate one text")
    func noTextTwice() {
        #expect(BokmalTexts.parts.reduce(0) { $0 + $1.count } == BokmalTexts.table.count)
    }

    @Test("the language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG as gettext reads them", arguments: [
        (["LANG": "nb_NO.UTF-8"], Language.bokmal),
        (["LANG": "nn_NO.UTF-8"], .bokmal),
        (["LANG": "no_NO"], .bokmal),
        (["LANG": "en_US.UTF-8"], .english),
        ([:], .english),
        (["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"], .bokmal),
        (["LANG": "nb_NO.UTF-8", "LC_ALL": "en_US.UTF-8"], .english),
        (["LANG": "en_US.UTF-8", "LANGUAGE": "de:nb:en"], .bokmal),
        (["LC_ALL": "C", "LANGUAGE": "nb"], .english),
        (["LANGUAGE": "nb"], .english),
        (["LANG": "sv_SE.UTF-8"], .english),
    ])
    func languageFromEnvironment(variables: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(variables) == expected)
    }

    @Test("numbers and dates as people write them: 2 500 and 30.11.2026 14:05 in bokmål")
    func numbersAndDates() throws {
        let oslo = DisplayZone(try #require(TimeZone(identifier: "Europe/Oslo")))
        let moment: Int64 = 1_796_044_500  // 2026-11-30 13:15 UTC, 14:15 in Oslo
        #expect(Language.bokmal.number(2_500) == "2 500" && Language.english.number(2_500) == "2,500")
        #expect(Language.bokmal.number(1_000_000) == "1 000 000" && Language.bokmal.number(999) == "999")
        #expect(Language.bokmal.dateTime(moment, oslo) == "30.11.2026 14:15")
        #expect(Language.english.dateTime(moment, oslo) == "2026-11-30 14:15")
    }

    @Test("a filled placeholder is never filled again, and an unknown text stays English")
    func filling() {
        #expect(Language.bokmal.text("Re: {1}", "{1} {2}") == "Sv: {1} {2}")
        #expect(Language.bokmal.text("no such text {1}", 3) == "no such text 3")
        #expect(Language.bokmal.counted(1, "{1} new reply", "{1} new replies") == "1 nytt svar")
    }

    @Test("only {1} to {9} within the arguments given are places; braces, other digits and the text around stay")
    func placesAndTheRest() {
        #expect(Language.english.text("{2} før {1}: «{3}»", "a", "Blåbær") == "Blåbær før a: «{3}»")
        #expect(Language.english.text("{0} {10} {x} { } {", "a") == "{0} {10} {x} { } {")
        #expect(Language.english.text("{1}{1}{", "ø") == "øø{")
        #expect(Language.english.text("{٣} {1}", "a", "b", "c") == "{٣} a", "an Arabic-Indic three is no place")
        #expect(Language.english.text("nothing to fill", "a") == "nothing to fill")
    }

    @Test("the configuration's language wins over the environment's; a bad one is named")
    func configuredLanguage() {
        let (configuration, warnings) = Configuration.parse("language = nb\n", file: "config")
        #expect(configuration.language == .bokmal && warnings.isEmpty)
        let (_, bad) = Configuration.parse("language = sv\n", file: "config")
        #expect(bad == ["config:1: language expects nb (bokmål) or en (English), got \"sv\"; the environment's language is kept"])
    }
}
