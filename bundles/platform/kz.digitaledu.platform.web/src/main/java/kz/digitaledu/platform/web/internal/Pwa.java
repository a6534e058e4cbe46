package kz.digitaledu.platform.web.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import kz.digitaledu.platform.api.i18n.Translator;
import org.jsoup.nodes.Element;

/**
 * What makes the shell an installable web app (a PWA) on phones and desktops. Vaadin's {@code @PWA} needs the app-shell
 * scanning that does not run for our whiteboard servlet, so the shell serves it itself: the web app manifest, its icons (drawn once with Java2D, no image files to keep),
 * a small service worker that leaves every request to the network and only answers a page load that fails for lack of
 * a network with an offline page in Kazakh, Russian and English, and the links the bootstrap page needs.
 */
final class Pwa {
    static final String MANIFEST = "/manifest.webmanifest";
    static final String WORKER = "/sw.js";
    static final String OFFLINE = "/offline.html";
    static final List<Integer> ICON_SIZES = List.of(192, 512);
    static final String THEME = "#1676f3";

    private static final Map<Integer, byte[]> ICONS = new ConcurrentHashMap<>();

    private Pwa() {
    }

    /**
     * Adds the manifest, icons, theme colour and the service worker's registration to the bootstrap page's head, and the
     * product's name as the page title when it has none (tabs, bookmarks, the install prompt).
     */
    static void addLinks(Element head) {
        Element title = head.selectFirst("title");
        if (title == null) {
            head.appendElement("title").text("Digital Education");
        } else if (title.text().isBlank()) {
            title.text("Digital Education");
        }
        head.appendElement("link").attr("rel", "manifest").attr("href", MANIFEST.substring(1));
        head.appendElement("meta").attr("name", "theme-color").attr("content", THEME);
        head.appendElement("link").attr("rel", "icon").attr("type", "image/png").attr("sizes", "192x192").attr("href", icon(192).substring(1));
        head.appendElement("link").attr("rel", "apple-touch-icon").attr("href", icon(192).substring(1));
        head.appendElement("script").appendChild(new org.jsoup.nodes.DataNode("if ('serviceWorker' in navigator) {"
                + " window.addEventListener('load', function () { navigator.serviceWorker.register('" + WORKER.substring(1)
                + "').catch(function () {}); }); }"));
    }

    static String icon(int size) {
        return "/icons/icon-" + size + ".png";
    }

    /**
     * Answers the PWA's own paths ({@code pathInfo} of the servlet at {@code /*}); returns false for every other path,
     * which Flow then serves.
     */
    static boolean serve(HttpServletRequest request, HttpServletResponse response, Translator translator) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        switch (path) {
            case MANIFEST -> send(response, "application/manifest+json", manifest().getBytes(StandardCharsets.UTF_8), 3600);
            case WORKER -> {
                response.setHeader("Service-Worker-Allowed", "/");
                send(response, "text/javascript", worker().getBytes(StandardCharsets.UTF_8), 0);
            }
            case OFFLINE -> send(response, "text/html;charset=UTF-8", offlinePage(translator).getBytes(StandardCharsets.UTF_8), 0);
            default -> {
                for (int size : ICON_SIZES) {
                    if (path.equals(icon(size))) {
                        send(response, "image/png", iconPng(size), 86400);
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    private static void send(HttpServletResponse response, String type, byte[] body, int maxAgeSeconds) throws IOException {
        response.setStatus(200);
        response.setContentType(type);
        response.setHeader("Cache-Control", maxAgeSeconds == 0 ? "no-cache" : "public, max-age=" + maxAgeSeconds);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The web app manifest: the product's name, standalone display, the shell's start page and the icons. */
    static String manifest() {
        StringBuilder icons = new StringBuilder();
        for (int size : ICON_SIZES) {
            icons.append(icons.length() == 0 ? "" : ",").append("{\"src\":\"").append(icon(size).substring(1)).append("\",\"sizes\":\"")
                    .append(size).append('x').append(size).append("\",\"type\":\"image/png\",\"purpose\":\"any maskable\"}");
        }
        return "{\"name\":\"Digital Education\",\"short_name\":\"DigitalEdu\",\"id\":\"./\",\"start_url\":\"./\",\"scope\":\"./\","
                + "\"display\":\"standalone\",\"background_color\":\"#ffffff\",\"theme_color\":\"" + THEME + "\",\"icons\":[" + icons + "]}";
    }

    /**
     * The service worker: it keeps the offline page, takes over at once, and answers only a page load the network
     * cannot serve; every other request (Vaadin's, the API's, file downloads) goes to the network untouched.
     */
    static String worker() {
        return """
                const CACHE = 'edu-offline-v1';
                const OFFLINE = 'offline.html';
                self.addEventListener('install', (e) => {
                  e.waitUntil(caches.open(CACHE).then((c) => c.add(new Request(OFFLINE, { cache: 'reload' }))).then(() => self.skipWaiting()));
                });
                self.addEventListener('activate', (e) => {
                  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
                    .then(() => self.clients.claim()));
                });
                self.addEventListener('fetch', (e) => {
                  if (e.request.mode !== 'navigate') { return; }
                  const path = new URL(e.request.url).pathname;
                  if (path.includes('/VAADIN/') || path.includes('/api/')) { return; } // downloads and the REST API: untouched
                  e.respondWith(fetch(e.request).catch(() => caches.open(CACHE).then((c) => c.match(OFFLINE))));
                });
                """;
    }

    /** The page shown when the app is opened without a network: the same words in the three languages. */
    static String offlinePage(Translator translator) {
        StringBuilder body = new StringBuilder();
        for (String lang : List.of("kk", "ru", "en")) {
            Locale locale = Locale.forLanguageTag(lang);
            body.append("<section lang=\"").append(lang).append("\"><h1>").append(escape(translator.translate(locale, "web.offline.title")))
                    .append("</h1><p>").append(escape(translator.translate(locale, "web.offline.text"))).append("</p></section>");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"theme-color\" content=\"" + THEME + "\"><title>Digital Education</title><style>body{font-family:sans-serif;"
                + "margin:2em auto;max-width:36em;padding:0 1em;color:#1a2b3c}h1{font-size:1.3em;color:" + THEME + "}section{margin-bottom:1.5em}"
                + "</style></head><body>" + body + "<p><a href=\"./\">↻</a></p></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The icon: a rounded blue square with an open book, drawn once per size with shapes only (a server without fonts
     * draws it the same).
     */
    static byte[] iconPng(int size) {
        return ICONS.computeIfAbsent(size, s -> {
            BufferedImage image = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(Color.decode(THEME));
                // maskable: the whole square is the background, the drawing keeps inside the middle 60 %
                g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.2, s * 0.2));
                g.setColor(Color.WHITE);
                double mid = s / 2.0;
                Path2D left = new Path2D.Double();
                left.moveTo(mid - s * 0.02, s * 0.34);
                left.curveTo(mid - s * 0.12, s * 0.28, mid - s * 0.24, s * 0.28, mid - s * 0.30, s * 0.31);
                left.lineTo(mid - s * 0.30, s * 0.69);
                left.curveTo(mid - s * 0.24, s * 0.66, mid - s * 0.12, s * 0.66, mid - s * 0.02, s * 0.72);
                left.closePath();
                g.fill(left);
                g.fill(java.awt.geom.AffineTransform.getTranslateInstance(s, 0).createTransformedShape(
                        java.awt.geom.AffineTransform.getScaleInstance(-1, 1).createTransformedShape(left)));
                g.setColor(Color.decode(THEME));
                g.setStroke(new BasicStroke(s * 0.018f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (int line = 0; line < 3; line++) {
                    double y = s * (0.42 + 0.08 * line);
                    g.draw(new java.awt.geom.Line2D.Double(mid - s * 0.23, y - s * 0.02, mid - s * 0.09, y));
                    g.draw(new java.awt.geom.Line2D.Double(mid + s * 0.09, y, mid + s * 0.23, y - s * 0.02));
                }
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }
}
