package kz.digitaledu.coding.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatementsTest {
    @Test
    void markdownBecomesHtmlWithEmphasisCodeListsAndTables() {
        String html = Statements.html("""
                # Екі санның қосындысы

                **a** мен *b* берілген. Шығыс: `a + b`.

                - бірінші жол: a
                - екінші жол: b

                | Кіріс | Шығыс |
                |-------|-------|
                | 1 2   | 3     |
                """);
        assertTrue(html.startsWith("<div class=\"statement\">") && html.endsWith("</div>"), html);
        assertTrue(html.contains("<h1>Екі санның қосындысы</h1>"), html);
        assertTrue(html.contains("<strong>a</strong>") && html.contains("<em>b</em>") && html.contains("<code>a + b</code>"), html);
        assertTrue(html.contains("<li>бірінші жол: a</li>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>3</td>"), html);
    }

    @Test
    void rawHtmlAndScriptLinksInAStatementAreNeverLive() {
        String html = Statements.html("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) [site](https://kattis.com) <b onmouseover=x>b</b>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("href=\"https://kattis.com\""), html);
    }

    @Test
    void anEmptyStatementIsAnEmptyBlock() {
        assertEquals("<div class=\"statement\"></div>", Statements.html(null));
    }
}
