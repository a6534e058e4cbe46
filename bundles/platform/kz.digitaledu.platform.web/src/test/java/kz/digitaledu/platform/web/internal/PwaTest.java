package kz.digitaledu.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import javax.imageio.ImageIO;
import kz.digitaledu.platform.api.i18n.Translator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The installable web app: manifest, icons, service worker, offline page and the bootstrap page's links. */
class PwaTest {

    @Test
    void theManifestNamesTheAppItsStartPageAndItsIcons() {
        JsonObject m = Json.parse(Pwa.manifest());
        assertEquals("Digital Education", m.getString("name"));
        assertEquals("standalone", m.getString("display"));
        assertEquals("./", m.getString("start_url"));
        JsonArray icons = m.getArray("icons");
        assertEquals(2, icons.length());
        assertEquals("icons/icon-192.png", icons.getObject(0).getString("src"));
        assertEquals("512x512", icons.getObject(1).getString("sizes"));
    }

    @Test
    void theIconsArePngsOfTheirSizeWithTheBookOnTheThemeColour() throws Exception {
        for (int size : Pwa.ICON_SIZES) {
            BufferedImage icon = ImageIO.read(new ByteArrayInputStream(Pwa.iconPng(size)));
            assertEquals(size, icon.getWidth());
            assertEquals(size, icon.getHeight());
            assertEquals(Color.decode(Pwa.THEME).getRGB(), icon.getRGB(size / 10, size / 2), "background");
            assertEquals(Color.WHITE.getRGB(), icon.getRGB((int) (size * 0.3), (int) (size * 0.37)), "the book's left page");
            assertEquals(Color.WHITE.getRGB(), icon.getRGB((int) (size * 0.7), (int) (size * 0.37)), "the book's right page");
        }
    }

    @Test
    void theWorkerAnswersOnlyPageLoadsThatTheNetworkCannotServe() {
        String sw = Pwa.worker();
        assertTrue(sw.contains("e.request.mode !== 'navigate'"), sw);
        assertTrue(sw.contains("fetch(e.request).catch("), sw);
        assertTrue(sw.contains("'offline.html'"), sw);
    }

    @Test
    void theOfflinePageSaysItInTheThreeLanguages() {
        Translator t = new Translator() {
            @Override
            public String translate(Locale locale, String key, Object... args) {
                return "<" + locale.getLanguage() + "> " + key;
            }

            @Override
            public boolean has(String key) {
                return true;
            }
        };
        Document page = Jsoup.parse(Pwa.offlinePage(t));
        assertEquals("<kk> web.offline.title", page.selectFirst("section[lang=kk] h1").text());
        assertEquals("<ru> web.offline.text", page.selectFirst("section[lang=ru] p").text());
        assertEquals("<en> web.offline.title", page.selectFirst("section[lang=en] h1").text());
        assertFalse(Pwa.offlinePage(t).contains("<kk>"), "translations are escaped");
    }

    @Test
    void theBootstrapPageLinksTheManifestAndRegistersTheWorker() {
        Document d = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        Pwa.addLinks(d.head());
        assertEquals("manifest.webmanifest", d.head().selectFirst("link[rel=manifest]").attr("href"));
        assertEquals(Pwa.THEME, d.head().selectFirst("meta[name=theme-color]").attr("content"));
        assertEquals("icons/icon-192.png", d.head().selectFirst("link[rel=apple-touch-icon]").attr("href"));
        assertTrue(d.head().selectFirst("script").data().contains("navigator.serviceWorker.register('sw.js')"));
        assertEquals("Digital Education", d.title());
    }
}
