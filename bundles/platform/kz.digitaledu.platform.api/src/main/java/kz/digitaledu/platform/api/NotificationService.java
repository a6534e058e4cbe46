package kz.digitaledu.platform.api;

/**
 * Sends notifications: always in-app; through every {@link NotificationChannel} service (e-mail,
 * SMS gateways) that is configured and that the recipient has not switched off for the category.
 */
public interface NotificationService {

    void send(Notification notification);
}
