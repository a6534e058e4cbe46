package kz.digitaledu.platform.gateways.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kz.digitaledu.platform.api.Contacts;
import kz.digitaledu.platform.api.NotificationChannel.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsChannelTest {
    private HttpServer gateway;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void start() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                    + " auth=" + exchange.getRequestHeaders().getFirst("X-Api-Key")
                    + " type=" + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    private SmsSettings settings(String url, String method, String contentType, String body) {
        return new SmsSettings() {
            public Class<? extends Annotation> annotationType() { return SmsSettings.class; }
            public String url() { return url; }
            public String method() { return method; }
            public String contentType() { return contentType; }
            public String body() { return body; }
            public String authHeader() { return "X-Api-Key"; }
            public String authValue() { return "secret-key"; }
            public int maxLength() { return 40; }
            public int timeoutSeconds() { return 5; }
            public int queueSize() { return 100; }
        };
    }

    private String base() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    @Test
    void aJsonPostCarriesTheNumberAndTheEscapedTextOnlyForThoseWhoWantSms() {
        SmsChannel sms = new SmsChannel(settings(base() + "/send", "post", "application/json",
                "{\"to\":\"${phone}\",\"text\":\"${text}\"}"));
        sms.deliver(new Delivery(7, new Contacts(null, "+77012345678", true, true), Locale.forLanguageTag("ru"), "school.attendance",
                "Пропуск \"Алгебра\"", null));
        sms.deliver(new Delivery(8, new Contacts("a@mail.kz", "+77019999999", true, false), Locale.ENGLISH, "x", "Switched off", null));
        sms.deliver(new Delivery(9, new Contacts("a@mail.kz", null, true, true), Locale.ENGLISH, "x", "No number", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests.size() >= 1);
        sms.deactivate();
        assertEquals(List.of("POST /send auth=secret-key type=application/json; charset=UTF-8 "
                + "{\"to\":\"+77012345678\",\"text\":\"Пропуск \\\"Алгебра\\\"\"}"), requests);
    }

    @Test
    void aGetGatewayGetsTheTextUrlEncodedAndLongTextsAreCut() {
        SmsChannel sms = new SmsChannel(settings(base() + "/api?recipient=${phoneDigits}&text=${text}", "GET", "", ""));
        sms.deliver(new Delivery(7, new Contacts(null, "+77012345678", false, true), Locale.forLanguageTag("kk"), "school.mark",
                "Жаңа баға", "Айгерім алгебрадан 9 алды, геометриядан 8 алды."));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests.size() >= 1);
        sms.deactivate();
        String request = requests.get(0);
        assertTrue(request.startsWith("GET /api?recipient=77012345678&text="), request);
        String text = URLDecoder.decode(request.substring(request.indexOf("text=") + 5, request.indexOf(" auth=")), StandardCharsets.UTF_8);
        assertEquals(40, text.length(), text);
        assertTrue(text.startsWith("Жаңа баға: Айгерім алгебрадан 9") && text.endsWith("…"), text);
    }

    @Test
    void aRefusingGatewayIsLoggedAndTheNextMessageStillGoes() {
        answer.set(500);
        SmsChannel sms = new SmsChannel(settings(base() + "/send", "POST", "application/x-www-form-urlencoded",
                "to=${phone}&msg=${text}"));
        sms.deliver(new Delivery(7, new Contacts(null, "+77012345678", true, true), Locale.ENGLISH, "x", "First", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests.size() >= 1);
        answer.set(200);
        sms.deliver(new Delivery(7, new Contacts(null, "+77012345678", true, true), Locale.ENGLISH, "x", "Second & last", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests.size() >= 2 && (Long) sms.health().details().get("sent") == 1);
        sms.deactivate();
        assertEquals(1L, sms.health().details().get("failed"), "the operator sees the refusal in /api/health");
        assertTrue(String.valueOf(sms.health().details().get("lastFailure")).contains("HTTP 500"), sms.health().details().toString());
        assertTrue(sms.health().up(), "a refusing provider does not take the platform down");
        assertTrue(requests.get(1).endsWith("to=%2B77012345678&msg=Second+%26+last"), requests.get(1));
    }

    @Test
    void aWrongUrlOrMethodIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new SmsChannel(settings("ftp://x", "POST", "application/json", "")));
        assertThrows(IllegalArgumentException.class, () -> new SmsChannel(settings(base(), "PUT", "application/json", "")));
    }
}
