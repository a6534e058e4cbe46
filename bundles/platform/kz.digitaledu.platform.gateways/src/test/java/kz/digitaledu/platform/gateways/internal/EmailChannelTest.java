package kz.digitaledu.platform.gateways.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Locale;
import javax.mail.internet.MimeMessage;
import kz.digitaledu.platform.api.Contacts;
import kz.digitaledu.platform.api.NotificationChannel.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailChannelTest {
    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static MailSettings settings(String host, int port, String security, String from) {
        return new MailSettings() {
            public Class<? extends Annotation> annotationType() { return MailSettings.class; }
            public String host() { return host; }
            public int port() { return port; }
            public String security() { return security; }
            public String username() { return ""; }
            public String password() { return ""; }
            public String from() { return from; }
            public int timeoutSeconds() { return 5; }
            public int queueSize() { return 100; }
        };
    }

    @Test
    void aNotificationIsMailedInTheRecipientsLanguageOnlyWhenTheyHaveAnAddressAndWantIt() throws Exception {
        EmailChannel channel = new EmailChannel(settings("127.0.0.1", smtp.getSmtp().getPort(), "none",
                "Digital Education <noreply@school25.edu.kz>"));
        try {
            channel.deliver(new Delivery(7, new Contacts("aigerim@mail.kz", null, true, true), Locale.forLanguageTag("kk"),
                    "school.mark", "Жаңа баға: Алгебра", "Айгерім алгебрадан 9 алды."));
            channel.deliver(new Delivery(8, new Contacts("switched.off@mail.kz", null, false, true), Locale.ENGLISH,
                    "school.mark", "New mark", "—"));
            channel.deliver(new Delivery(9, new Contacts(null, "+77012345678", true, true), Locale.ENGLISH, "school.mark", "New mark", "—"));
            channel.deliver(new Delivery(10, Contacts.NONE, Locale.ENGLISH, "school.mark", "New mark", "—"));
            await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length >= 1);
        } finally {
            channel.deactivate();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "only the person with an address who wants e-mail");
        MimeMessage m = received[0];
        assertEquals("aigerim@mail.kz", m.getAllRecipients()[0].toString());
        assertEquals("Жаңа баға: Алгебра", m.getSubject());
        assertTrue(m.getFrom()[0].toString().contains("noreply@school25.edu.kz"));
        assertEquals("kk", m.getHeader("Content-Language")[0]);
        assertTrue(m.getContentType().toLowerCase(Locale.ROOT).contains("utf-8"), m.getContentType());
        assertEquals("Айгерім алгебрадан 9 алды.", String.valueOf(m.getContent()).trim(), GreenMailUtil.getWholeMessage(m));
    }

    @Test
    void aServerThatIsDownLosesNothingButThatMessageAndTheChannelGoesOn() throws Exception {
        int freePort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        EmailChannel down = new EmailChannel(settings("127.0.0.1", freePort, "none", "noreply@school.kz"));
        down.deliver(new Delivery(7, new Contacts("a@mail.kz", null, true, true), Locale.ENGLISH, "security", "Hello", "Body"));
        down.deactivate(); // waits for the queue: the failure is logged, not thrown at the caller
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(1L, down.health().details().get("failed"));
        assertEquals(0L, down.health().details().get("sent"));
        assertTrue(down.health().details().containsKey("lastFailureAt"));
    }

    @Test
    void aConfigurationWithoutHostOrWithAWrongSenderOrSecurityIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new EmailChannel(settings("", 25, "none", "a@b.kz")));
        assertThrows(IllegalArgumentException.class, () -> new EmailChannel(settings("smtp.b.kz", 25, "none", "not an address")));
        IllegalArgumentException security = assertThrows(IllegalArgumentException.class,
                () -> new EmailChannel(settings("smtp.b.kz", 25, "ssl3", "a@b.kz")));
        assertTrue(security.getMessage().contains("none, starttls or tls"));
    }
}
