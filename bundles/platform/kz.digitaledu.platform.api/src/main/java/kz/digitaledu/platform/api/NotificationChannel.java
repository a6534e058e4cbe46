package kz.digitaledu.platform.api;

import java.util.Locale;

/**
 * Extension point for delivery gateways (e-mail, SMS): register as an OSGi service. The platform's own gateways are
 * in {@code kz.digitaledu.platform.gateways} (SMTP e-mail and an HTTP SMS gateway, each active once configured).
 * A delivery is handed over after the in-app copy is stored; a channel that throws never loses that copy. Channels
 * should queue slow work (network) instead of blocking the caller, who may be a teacher entering a mark.
 */
public interface NotificationChannel {

    /** Stable id such as {@code email} or {@code sms}. */
    String id();

    /** Delivers an already translated message; throws to report a failed delivery. */
    void deliver(Delivery delivery) throws Exception;

    /**
     * One notification for one person: how to reach them (they may have no address for this channel, or have
     * switched it off), their language, and the text in that language.
     */
    record Delivery(long recipientAccountId, Contacts contacts, Locale locale, String category, String title, String body) {
    }
}
