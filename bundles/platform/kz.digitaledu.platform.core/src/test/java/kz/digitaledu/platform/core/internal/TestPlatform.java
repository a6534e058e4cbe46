package kz.digitaledu.platform.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.platform.core.internal.persistence.SqlMigrations;
import kz.digitaledu.platform.core.internal.security.PasswordHasher;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** The platform services wired by hand over a fresh in-memory Derby database, as DS wires them in Karaf. */
final class TestPlatform implements AutoCloseable {
    final DataSource dataSource;
    final EntityManagerFactory emf;
    final Jpa jpa;
    final CurrentUserImpl currentUser = new CurrentUserImpl();
    final AccessControlImpl access;
    final AuditServiceImpl audit;
    final OrganisationServiceImpl organisations;
    final UserServiceImpl users;
    final AuthServiceImpl auth;
    final NotificationServiceImpl notifications;
    final PersonDirectoryImpl persons;
    final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));

    /** On a fresh in-memory Derby database. */
    TestPlatform() {
        this(derby());
    }

    static DataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:platform-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    TestPlatform(DataSource dataSource) {
        this.dataSource = dataSource;
        new SqlMigrations(dataSource).migrate("platform", getClass().getClassLoader());
        emf = Persistence.createEntityManagerFactory("digitaledu.platform", Map.of("javax.persistence.nonJtaDataSource", dataSource));
        jpa = new Jpa(emf);
        OrgTree tree = new OrgTree(jpa);
        access = new AccessControlImpl(tree::subtree, tree::all);
        access.addProvider(new PlatformPermissions());
        audit = new AuditServiceImpl(jpa, currentUser, access);
        organisations = new OrganisationServiceImpl(jpa, currentUser, access, audit);
        PasswordHasher cheap = new PasswordHasher(1024, 1, 1);
        users = new UserServiceImpl(jpa, currentUser, access, audit, cheap, 8);
        persons = new PersonDirectoryImpl(jpa, currentUser, access, audit);
        notifications = new NotificationServiceImpl(jpa, currentUser, translator());
        auth = new AuthServiceImpl(jpa, currentUser, access, audit, cheap, clock, 5, Duration.ofMinutes(15), Duration.ofHours(12),
                "Digital Education");
    }

    /** The platform's own strings, as the Translator service serves them in Karaf. */
    static kz.digitaledu.platform.api.i18n.Translator translator() {
        kz.digitaledu.platform.core.internal.i18n.MessageCatalog catalog = new kz.digitaledu.platform.core.internal.i18n.MessageCatalog();
        java.util.Map<String, java.util.Properties> byLanguage = new java.util.HashMap<>();
        for (java.util.Locale l : kz.digitaledu.platform.api.i18n.Translator.LANGUAGES) {
            try {
                byLanguage.put(l.getLanguage(), kz.digitaledu.platform.api.i18n.TranslationCheck.load(TestPlatform.class.getClassLoader(),
                        "i18n/messages", l));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        catalog.add("core", byLanguage);
        return new kz.digitaledu.platform.api.i18n.Translator() {
            @Override
            public String translate(java.util.Locale locale, String key, Object... args) {
                return catalog.translate(locale, key, args);
            }

            @Override
            public boolean has(String key) {
                return catalog.has(key);
            }
        };
    }

    /** Loads the demo organisations and accounts. */
    TestPlatform withDemoData() {
        currentUser.as(DemoData.SYSTEM, () -> {
            DemoData.load(organisations, users);
            return null;
        });
        return this;
    }

    EduPrincipal login(String username, String password) {
        return auth.authenticate(username, password.toCharArray(), null, "127.0.0.1");
    }

    <T> T as(EduPrincipal p, Supplier<T> work) {
        return currentUser.as(p, work);
    }

    long count(String entity) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult());
    }

    @Override
    public void close() {
        emf.close();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
