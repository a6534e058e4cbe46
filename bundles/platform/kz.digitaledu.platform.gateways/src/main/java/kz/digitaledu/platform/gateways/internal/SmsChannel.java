package kz.digitaledu.platform.gateways.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import kz.digitaledu.platform.api.HealthContributor;
import kz.digitaledu.platform.api.NotificationChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sends each notification as a short text message to the mobile number in the recipient's contact details, unless
 * they have switched SMS off, through any provider with an HTTP API (see {@link SmsSettings}). Active only while
 * etc/kz.digitaledu.platform.sms.cfg exists; queued and sent by one background thread; an answer other than 2xx is
 * logged and not retried (the in-app copy stays).
 */
@Component(service = {NotificationChannel.class, HealthContributor.class}, configurationPid = "kz.digitaledu.platform.sms",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SmsSettings.class)
public class SmsChannel implements NotificationChannel, HealthContributor {
    private final SmsSettings settings;
    private final String method;
    private final HttpClient http;
    private final DeliveryQueue queue;

    @Activate
    public SmsChannel(SmsSettings settings) {
        if (settings.url() == null || !(settings.url().startsWith("https://") || settings.url().startsWith("http://"))) {
            throw new IllegalArgumentException("kz.digitaledu.platform.sms: 'url' must be an http(s) URL, not " + settings.url());
        }
        this.method = settings.method() == null ? "POST" : settings.method().trim().toUpperCase(Locale.ROOT);
        if (!method.equals("POST") && !method.equals("GET")) {
            throw new IllegalArgumentException("kz.digitaledu.platform.sms: 'method' is GET or POST, not " + settings.method());
        }
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(Math.max(1, settings.timeoutSeconds()))).build();
        this.queue = new DeliveryQueue("edu-sms", settings.queueSize());
    }

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public String name() {
        return "sms";
    }

    /** Always UP (a provider that refuses does not stop the platform): counts and the last failure tell the operator. */
    @Override
    public Health health() {
        return Health.up(queue.state());
    }

    @Override
    public void deliver(Delivery d) {
        if (d.contacts() == null || d.contacts().phone() == null || !d.contacts().bySms()) {
            return;
        }
        HttpRequest request = request(d.contacts().phone(), text(d.title(), d.body(), settings.maxLength()));
        queue.submit("SMS to account " + d.recipientAccountId() + " (" + d.category() + ")", () -> send(request));
    }

    /** "Title: body", on one line, cut to {@code max} characters. */
    static String text(String title, String body, int max) {
        String t = (body == null || body.isBlank() ? title : title + ": " + body).replaceAll("\\s+", " ").trim();
        int limit = Math.max(10, max);
        return t.length() <= limit ? t : t.substring(0, limit - 1) + "…";
    }

    HttpRequest request(String phone, String text) {
        UnaryOperator<String> urlEncoded = s -> URLEncoder.encode(s, StandardCharsets.UTF_8);
        String contentType = settings.contentType() == null ? "" : settings.contentType().toLowerCase(Locale.ROOT);
        UnaryOperator<String> bodyEscape = contentType.contains("json") ? SmsChannel::json
                : contentType.contains("x-www-form-urlencoded") ? urlEncoded : UnaryOperator.identity();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fill(settings.url(), phone, text, urlEncoded)))
                .timeout(Duration.ofSeconds(Math.max(1, settings.timeoutSeconds())));
        if (settings.authHeader() != null && !settings.authHeader().isBlank()) {
            b.header(settings.authHeader().trim(), settings.authValue());
        }
        if (method.equals("POST")) {
            b.header("Content-Type", settings.contentType() + (contentType.contains("charset") ? "" : "; charset=UTF-8"));
            b.POST(HttpRequest.BodyPublishers.ofString(fill(settings.body(), phone, text, bodyEscape), StandardCharsets.UTF_8));
        } else {
            b.GET();
        }
        return b.build();
    }

    private static String fill(String template, String phone, String text, UnaryOperator<String> escape) {
        return template.replace("${phoneDigits}", escape.apply(phone.startsWith("+") ? phone.substring(1) : phone))
                .replace("${phone}", escape.apply(phone)).replace("${text}", escape.apply(text));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("the gateway answered HTTP " + answer.statusCode() + " "
                    + (answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body()));
        }
    }

    @Deactivate
    void deactivate() {
        queue.close();
    }
}
