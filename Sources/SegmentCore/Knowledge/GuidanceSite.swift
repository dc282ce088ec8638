/// The published articles as a small static site the coordinator puts up
/// for the consumers: an index by service and tag, one page per article,
/// relative links, no scripts. Every text from an article is escaped; a
/// link becomes one only when it is http, https or mailto.
public struct GuidanceSite {
    public enum Format: String, Sendable {
        case html, markdown
    }

    /// One file of the site: its path under the site's folder and its text.
    public struct Page: Equatable, Sendable {
        public let path: String
        public let text: String
    }

    public let format: Format
    public let language: Language

    public init(format: Format, language: Language) {
        self.format = format
        self.language = language
    }

    private var suffix: String { format == .html ? "html" : "md" }

    /// The site of `articles`: those published, in the chosen language where
    /// they have it, else in the other.
    public func pages(_ articles: [Article]) -> [Page] {
        let shown = articles.filter { $0.status == .published }
        return [index(shown)] + shown.map(page)
    }

    private func index(_ articles: [Article]) -> Page {
        var sections: [(String, [Article])] = []
        let services = Set(articles.flatMap(\.serviceKeys)).sorted()
        for service in services { sections.append((language.text("Service: {1}", service), articles.filter { $0.serviceKeys.contains(service) })) }
        let general = articles.filter { $0.serviceKeys.isEmpty }
        if !general.isEmpty { sections.append((language.text("For every service"), general)) }
        for tag in Set(articles.flatMap(\.tags)).sorted() { sections.append((language.text("Tag: {1}", tag), articles.filter { $0.tags.contains(tag) })) }
        let title = language.text("What the segment has clarified")
        switch format {
        case .html:
            let body = sections.map { heading, members in
                "<h2>\(Self.escaped(heading))</h2>\n<ul>\n" + members.map { article in
                    "<li><a href=\"articles/\(article.id).html\">\(Self.escaped(article.title(in: language)))</a></li>"
                }.joined(separator: "\n") + "\n</ul>"
            }.joined(separator: "\n")
            return Page(path: "index.html", text: html(title: title, lang: language, body: "<h1>\(Self.escaped(title))</h1>\n" + body))
        case .markdown:
            let body = sections.map { heading, members in
                "## \(Self.markdownEscaped(heading))\n\n" + members.map { "- [\(Self.markdownEscaped($0.title(in: language)))](articles/\($0.id).md)" }
                    .joined(separator: "\n")
            }.joined(separator: "\n\n")
            return Page(path: "index.md", text: "# \(Self.markdownEscaped(title))\n\n" + body + "\n")
        }
    }

    private func page(_ article: Article) -> Page {
        let text = article.text(in: language)!
        let written = article.english != nil && language == .english || article.bokmal != nil && language == .bokmal ? language
            : (language == .english ? .bokmal : .english)
        let facts = [article.errorCodes.isEmpty ? nil : language.text("Error codes: {1}", article.errorCodes.joined(separator: ", ")),
                     article.serviceKeys.isEmpty ? nil : language.text("Services: {1}", article.serviceKeys.joined(separator: ", ")),
                     article.source == .provider ? language.text("Clarified with the provider ({1})", article.providerReference ?? "") : nil]
            .compactMap { $0 }
        switch format {
        case .html:
            let body = "<p><a href=\"../index.html\">\(Self.escaped(language.text("All articles")))</a></p>\n"
                + "<h1>\(Self.escaped(text.title))</h1>\n"
                + facts.map { "<p class=\"facts\">\(Self.escaped($0))</p>" }.joined(separator: "\n") + "\n"
                + Self.htmlBlocks(text.text)
            return Page(path: "articles/\(article.id).html", text: html(title: text.title, lang: written, body: body))
        case .markdown:
            let body = "[\(Self.markdownEscaped(language.text("All articles")))](../index.md)\n\n# \(Self.markdownEscaped(text.title))\n\n"
                + facts.map { "*\(Self.markdownEscaped($0))*" }.joined(separator: "  \n") + "\n\n" + Self.markdownEscaped(text.text) + "\n"
            return Page(path: "articles/\(article.id).md", text: body)
        }
    }

    private func html(title: String, lang: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang == .english ? "en" : "nb")">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(Self.escaped(title))</title>
        <style>body { font-family: sans-serif; max-width: 46em; margin: 2em auto; line-height: 1.5 } .facts { color: #555 }</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Text as HTML shows it, never as markup.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in UntrustedText.clean(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Paragraphs (blank-line separated) and lists (runs of lines starting
    /// "- " or "* "), with http, https and mailto addresses made links.
    static func htmlBlocks(_ text: String) -> String {
        var html: [String] = []
        for block in text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n\n") {
            var run: [String] = [], inList = false
            func close() {
                guard !run.isEmpty else { return }
                html.append(inList ? "<ul>\n" + run.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>"
                                   : "<p>" + run.joined(separator: "<br>\n") + "</p>")
                run = []
            }
            for line in block.split(separator: "\n").map(String.init) {
                let item = line.hasPrefix("- ") || line.hasPrefix("* ")
                if item != inList { close() }
                inList = item
                run.append(linked(item ? String(line.dropFirst(2)) : line))
            }
            close()
        }
        return html.joined(separator: "\n")
    }

    /// A line escaped, its http, https and mailto addresses made links.
    static func linked(_ line: String) -> String {
        line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let token = String(word)
            let trimmed = token.trimmingTrailing(".,;:)")
            let lowered = trimmed.lowercased()
            guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:"), trimmed.count > 8 else {
                return escaped(token)
            }
            return "<a href=\"\(escaped(trimmed))\">\(escaped(trimmed))</a>" + escaped(String(token.dropFirst(trimmed.count)))
        }.joined(separator: " ")
    }

    /// Text as Markdown shows it: its markup characters escaped.
    static func markdownEscaped(_ text: String) -> String {
        var result = ""
        for character in UntrustedText.clean(text) {
            if "\\`*_{}[]()#+!<>|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

private extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var text = self
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return text
    }
}
