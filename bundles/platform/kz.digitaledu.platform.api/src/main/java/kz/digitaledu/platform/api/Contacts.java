package kz.digitaledu.platform.api;

/**
 * How to reach the owner of an account outside the application: an e-mail address and a mobile number (both
 * optional, personal data), and whether they want notifications by e-mail and by SMS. Notifications go out through
 * a channel only when its gateway is configured, the address is known and the person has not switched it off.
 */
public record Contacts(String email, String phone, boolean byEmail, boolean bySms) {
    public static final Contacts NONE = new Contacts(null, null, false, false);
}
