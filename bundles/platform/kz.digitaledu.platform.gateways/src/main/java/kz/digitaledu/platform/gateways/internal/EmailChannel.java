package kz.digitaledu.platform.gateways.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import kz.digitaledu.platform.api.HealthContributor;
import kz.digitaledu.platform.api.NotificationChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sends each notification as a plain-text e-mail in the recipient's language to the address in their contact details,
 * unless they have switched e-mail off. Active only while etc/kz.digitaledu.platform.mail.cfg exists. Messages are
 * queued and sent by one background thread, so the person whose action caused the notification never waits for
 * the SMTP server; a message the server refuses is logged and not retried (the in-app copy stays).
 */
@Component(service = {NotificationChannel.class, HealthContributor.class}, configurationPid = "kz.digitaledu.platform.mail",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MailSettings.class)
public class EmailChannel implements NotificationChannel, HealthContributor {
    private final Session session;
    private final InternetAddress from;
    private final DeliveryQueue queue;

    @Activate
    public EmailChannel(MailSettings settings) {
        this.session = session(settings);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("kz.digitaledu.platform.mail: 'from' is not an e-mail address: " + settings.from(), e);
        }
        this.queue = new DeliveryQueue("edu-email", settings.queueSize());
    }

    static Session session(MailSettings s) {
        if (s.host() == null || s.host().isBlank()) {
            throw new IllegalArgumentException("kz.digitaledu.platform.mail: 'host' is required");
        }
        String security = s.security() == null ? "starttls" : s.security().trim().toLowerCase(Locale.ROOT);
        if (!security.equals("none") && !security.equals("starttls") && !security.equals("tls")) {
            throw new IllegalArgumentException("kz.digitaledu.platform.mail: 'security' is none, starttls or tls, not " + s.security());
        }
        String protocol = security.equals("tls") ? "smtps" : "smtp";
        String timeout = String.valueOf(Math.max(1, s.timeoutSeconds()) * 1000L);
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", s.host().trim());
        p.put("mail." + protocol + ".port", String.valueOf(s.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        if (security.equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!security.equals("none")) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        boolean auth = s.username() != null && !s.username().isBlank();
        p.put("mail." + protocol + ".auth", String.valueOf(auth));
        Authenticator authenticator = !auth ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(s.username(), s.password());
            }
        };
        return Session.getInstance(p, authenticator);
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String name() {
        return "email";
    }

    /** Always UP (a mail server that refuses does not stop the platform): counts and the last failure tell the operator. */
    @Override
    public Health health() {
        return Health.up(queue.state());
    }

    @Override
    public void deliver(Delivery d) throws AddressException {
        if (d.contacts() == null || d.contacts().email() == null || !d.contacts().byEmail()) {
            return;
        }
        InternetAddress to = new InternetAddress(d.contacts().email(), true);
        queue.submit("e-mail to account " + d.recipientAccountId() + " (" + d.category() + ")", () -> send(to, d));
    }

    private void send(InternetAddress to, Delivery d) throws MessagingException {
        // Jakarta Mail finds its providers and the text/plain handler through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(from);
            m.setRecipient(Message.RecipientType.TO, to);
            m.setSubject(d.title(), StandardCharsets.UTF_8.name());
            m.setText(d.body() == null || d.body().isBlank() ? d.title() : d.body(), StandardCharsets.UTF_8.name());
            m.setHeader("Content-Language", d.locale().getLanguage());
            m.setSentDate(new Date());
            Transport.send(m);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        queue.close();
    }
}
