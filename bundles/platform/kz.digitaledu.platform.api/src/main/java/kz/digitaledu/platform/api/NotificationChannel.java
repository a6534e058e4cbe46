package kz.digitaledu.platform.api;

import java.util.Locale;

/** Extension point for delivery gateways (e-mail, SMS): register as an OSGi service. */
public interface NotificationChannel {

    /** Stable id such as {@code email} or {@code sms}. */
    String id();

    /** Delivers an already translated message; throws to report a failed delivery. */
    void deliver(long recipientAccountId, Locale locale, String title, String body) throws Exception;
}
