package kz.digitaledu.coding.web.internal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Task statements are Markdown (Kattis' problem_statement/problem.&lt;lang&gt;.md, or written in the Manage tasks form):
 * rendered here to HTML with CommonMark and GitHub's tables. A statement is written by a teacher but read by every
 * student, so raw HTML in it is shown as text, and links other than http(s) and mailto are dropped.
 */
final class Statements {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
            .build();

    private Statements() {
    }

    /** The statement as one {@code <div class="statement">…</div>}, ready for Vaadin's {@code Html}. */
    static String html(String markdown) {
        return "<div class=\"statement\">" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)) + "</div>";
    }
}
