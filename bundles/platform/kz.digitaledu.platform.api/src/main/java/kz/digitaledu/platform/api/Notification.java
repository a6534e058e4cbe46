package kz.digitaledu.platform.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to one account. Title and body are translation keys with arguments so that each
 * recipient reads it in their own language.
 */
public record Notification(long recipientAccountId, String category, String titleKey, String bodyKey,
        List<Object> args, Map<String, String> links) {
    public Notification {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(titleKey, "titleKey");
        args = args == null ? List.of() : List.copyOf(args);
        links = links == null ? Map.of() : Map.copyOf(links);
    }
}
