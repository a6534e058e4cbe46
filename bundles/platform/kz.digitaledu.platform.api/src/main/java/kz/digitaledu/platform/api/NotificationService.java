package kz.digitaledu.platform.api;

/**
 * Sends notifications: in-app and through every {@link NotificationChannel} service (e-mail, SMS
 * gateways) that is configured, unless the recipient has switched the notification's category off.
 */
public interface NotificationService {

    /** Stores the notification for the recipient's inbox and hands it to every configured channel. */
    void send(Notification notification);

    /** The current user's notifications, newest first, translated into their language. */
    java.util.List<InboxItem> inbox(boolean unreadOnly, int limit);

    /** Marks one of the current user's notifications read; false when it is not theirs. */
    boolean markRead(long id);

    /** How many of the current user's notifications are unread. */
    default long unreadCount() {
        return inbox(true, 500).size();
    }

    /** Marks every notification of the current user read; returns how many were unread. */
    default int markAllRead() {
        int n = 0;
        for (InboxItem i : inbox(true, 500)) {
            n += markRead(i.id()) ? 1 : 0;
        }
        return n;
    }

    /** The categories (e.g. {@code school.mark}) the current user has switched off: nothing of them is sent to them. */
    java.util.Set<String> mutedCategories();

    /**
     * Whether the account has switched the category off. Components that send in the background ask this when the
     * event happens, so that what was switched off at that moment is never sent later.
     */
    default boolean isMuted(long accountId, String category) {
        return false;
    }

    /** The current user switches a category of notifications on or off. */
    void setCategoryEnabled(String category, boolean enabled);

    /** A notification as its recipient reads it. */
    record InboxItem(long id, String category, String title, String body, java.util.Map<String, String> links,
            java.time.Instant createdAt, java.time.Instant readAt) {
    }
}
