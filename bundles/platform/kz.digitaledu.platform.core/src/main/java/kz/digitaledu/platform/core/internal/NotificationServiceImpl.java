package kz.digitaledu.platform.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Notification;
import kz.digitaledu.platform.api.NotificationChannel;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.core.internal.persistence.AccountEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.platform.core.internal.persistence.NotificationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-app notifications: stored per recipient (translation keys and arguments, so each person reads
 * them in their own language), then handed to every registered {@link NotificationChannel} (e-mail,
 * SMS gateways). A failing gateway never loses the in-app copy.
 */
@Component(service = NotificationService.class)
public class NotificationServiceImpl implements NotificationService {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationServiceImpl.class);
    private static final TypeReference<List<Object>> ARGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> LINKS = new TypeReference<>() { };

    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final Translator translator;
    private final List<NotificationChannel> channels = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public NotificationServiceImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference Translator translator) {
        this(new Jpa(emf), currentUser, translator);
    }

    public NotificationServiceImpl(Jpa jpa, CurrentUser currentUser, Translator translator) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.translator = translator;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addChannel(NotificationChannel c) {
        channels.add(c);
    }

    public void removeChannel(NotificationChannel c) {
        channels.remove(c);
    }

    @Override
    public void send(Notification n) {
        AccountEntity recipient = jpa.read(em -> {
            AccountEntity a = em.find(AccountEntity.class, n.recipientAccountId());
            if (a == null) {
                throw EduException.invalid("recipientAccountId", "validation.person_unknown");
            }
            boolean muted = em.createQuery("SELECT COUNT(m) FROM NotificationMuteEntity m WHERE m.accountId = :a AND m.category = :c", Long.class)
                    .setParameter("a", a.id).setParameter("c", n.category()).getSingleResult() > 0;
            return muted ? null : a;
        });
        if (recipient == null) {
            return;
        }
        String language = recipient.language;
        jpa.run(em -> {
            NotificationEntity e = new NotificationEntity();
            e.recipientAccountId = n.recipientAccountId();
            e.category = n.category();
            e.titleKey = n.titleKey();
            e.bodyKey = n.bodyKey();
            e.argsJson = write(n.args());
            e.linksJson = write(n.links());
            e.createdAt = Instant.now();
            em.persist(e);
        });
        Locale locale = Locale.forLanguageTag(language);
        String title = translator.translate(locale, n.titleKey(), n.args().toArray());
        String body = n.bodyKey() == null ? "" : translator.translate(locale, n.bodyKey(), n.args().toArray());
        for (NotificationChannel c : channels) {
            try {
                c.deliver(new NotificationChannel.Delivery(n.recipientAccountId(), recipient.contacts(), locale, n.category(), title, body));
            } catch (Exception ex) {
                LOG.warn("Notification channel {} failed for account {}", c.id(), n.recipientAccountId(), ex);
            }
        }
    }

    @Override
    public List<InboxItem> inbox(boolean unreadOnly, int limit) {
        EduPrincipal me = currentUser.require();
        int max = limit <= 0 || limit > 500 ? 50 : limit;
        Locale locale = me.locale();
        return jpa.read(em -> em.createQuery("SELECT n FROM NotificationEntity n WHERE n.recipientAccountId = :me"
                + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.id DESC", NotificationEntity.class)
                .setParameter("me", me.accountId()).setMaxResults(max).getResultList())
                .stream().map(e -> toItem(e, locale)).toList();
    }

    private InboxItem toItem(NotificationEntity e, Locale locale) {
        Object[] args = read(e.argsJson, ARGS, List.of()).toArray();
        return new InboxItem(e.id, e.category, translator.translate(locale, e.titleKey, args),
                e.bodyKey == null ? null : translator.translate(locale, e.bodyKey, args), read(e.linksJson, LINKS, Map.of()),
                e.createdAt, e.readAt);
    }

    @Override
    public boolean isMuted(long accountId, String category) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(m) FROM NotificationMuteEntity m WHERE m.accountId = :a AND m.category = :c", Long.class)
                .setParameter("a", accountId).setParameter("c", category).getSingleResult() > 0);
    }

    @Override
    public long unreadCount() {
        EduPrincipal me = currentUser.require();
        return jpa.read(em -> em.createQuery("SELECT COUNT(n) FROM NotificationEntity n WHERE n.recipientAccountId = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", me.accountId()).getSingleResult());
    }

    @Override
    public int markAllRead() {
        EduPrincipal me = currentUser.require();
        Instant now = Instant.now();
        return jpa.tx(em -> em.createQuery("UPDATE NotificationEntity n SET n.readAt = :now WHERE n.recipientAccountId = :me AND n.readAt IS NULL")
                .setParameter("now", now).setParameter("me", me.accountId()).executeUpdate());
    }

    @Override
    public boolean markRead(long id) {
        EduPrincipal me = currentUser.require();
        return jpa.tx(em -> {
            NotificationEntity e = em.find(NotificationEntity.class, id);
            if (e == null || e.recipientAccountId != me.accountId()) {
                return false;
            }
            if (e.readAt == null) {
                e.readAt = Instant.now();
            }
            return true;
        });
    }

    private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("[a-z0-9._-]{1,64}");

    @Override
    public java.util.Set<String> mutedCategories() {
        EduPrincipal me = currentUser.require();
        List<String> muted = jpa.read(em -> em.createQuery("SELECT m.category FROM NotificationMuteEntity m WHERE m.accountId = :a",
                String.class).setParameter("a", me.accountId()).getResultList());
        return new java.util.TreeSet<String>(muted);
    }

    @Override
    public void setCategoryEnabled(String category, boolean enabled) {
        EduPrincipal me = currentUser.require();
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw EduException.invalid("category", "validation.notification_category");
        }
        jpa.run(em -> {
            List<kz.digitaledu.platform.core.internal.persistence.NotificationMuteEntity> found = em.createQuery(
                    "SELECT m FROM NotificationMuteEntity m WHERE m.accountId = :a AND m.category = :c",
                    kz.digitaledu.platform.core.internal.persistence.NotificationMuteEntity.class)
                    .setParameter("a", me.accountId()).setParameter("c", category).getResultList();
            if (enabled) {
                found.forEach(em::remove);
            } else if (found.isEmpty()) {
                kz.digitaledu.platform.core.internal.persistence.NotificationMuteEntity m =
                        new kz.digitaledu.platform.core.internal.persistence.NotificationMuteEntity();
                m.accountId = me.accountId();
                m.category = category;
                em.persist(m);
            }
        });
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalArgumentException("notification arguments must be plain values", e);
        }
    }

    private <T> T read(String s, TypeReference<T> type, T fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return json.readValue(s, type);
        } catch (Exception e) {
            return fallback;
        }
    }
}
