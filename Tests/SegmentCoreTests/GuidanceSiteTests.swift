import Testing
@testable import SegmentCore
import SegmentTestSupport

/// The guidance site's pages hold an article's text as text: no markup, no
/// script, and a link only where it is http, https or mailto.
@Suite("The guidance site's text")
struct GuidanceSiteTests {
    @Test("markup in an article is escaped, and only http, https and mailto become links")
    func escaping() {
        #expect(GuidanceSite.escaped(#"<script>alert("x")</script> & 'y'"#) == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        #expect(GuidanceSite.linked("See https://a.example/x?y=1&z=2.") == #"See <a href="https://a.example/x?y=1&amp;z=2">https://a.example/x?y=1&amp;z=2</a>."#)
        #expect(!GuidanceSite.linked("javascript:alert(1) data:text/html,x").contains("<a"))
        #expect(GuidanceSite.htmlBlocks("Intro\n- one\n- two\n\nLast") == "<p>Intro</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>Last</p>")
        #expect(GuidanceSite.markdownEscaped("[click](javascript:x) *bold*") == #"\[click\]\(javascript:x\) \*bold\*"#)
    }

    @Test("a draft or retired article is not published; one without the language asked is shown in the other")
    func whatIsPublished() {
        func article(_ id: Int64, _ status: ArticleStatus, english: Bool) -> Article {
            Article(id: id, bokmal: english ? nil : ArticleText(title: "Tittel \(id)", text: "Tekst"),
                    english: english ? ArticleText(title: "Title \(id)", text: "Text") : nil, serviceKeys: [], errorCodes: [], tags: [],
                    status: status, source: .own, providerReference: nil, clarifiedAt: nil, author: "kari", createdAt: 0, updatedAt: 0,
                    recentUses: 0, uses: 0, version: 1)
        }
        let pages = GuidanceSite(format: .html, language: .bokmal).pages([article(1, .published, english: true), article(2, .draft, english: false),
                                                                          article(3, .retired, english: false)])
        #expect(pages.map(\.path) == ["index.html", "articles/1.html"])
        #expect(pages[1].text.contains(#"<html lang="en">"#) && pages[1].text.contains("Title 1"))
    }
}
