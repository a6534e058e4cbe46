package kz.digitaledu.school.core.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditEntry;
import kz.digitaledu.platform.api.AuditQuery;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Notification;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.core.persistence.Jpa;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The platform services the school component uses, kept in memory for unit tests (the Pax Exam
 * tests run the real ones): an organisation tree district 1 → schools 10 and 20, people, parents'
 * children, grants by role as {@link SchoolPermissionProvider} declares them, audit and notification
 * recorders, and the school's schema on a fresh in-memory Derby database.
 */
final class FakePlatform implements AutoCloseable {
    static final long DISTRICT = 1;
    static final long SCHOOL_A = 10;
    static final long SCHOOL_B = 20;

    final Map<Long, Person> people = new HashMap<>();
    final Map<Long, Long> personOfAccount = new HashMap<>();
    final Map<Long, List<Long>> children = new HashMap<>();
    final Map<Long, EduPrincipal> principals = new HashMap<>();
    final List<String> audit = new ArrayList<>();
    final List<Notification> sent = new ArrayList<>();
    final ThreadLocal<EduPrincipal> current = new ThreadLocal<>();
    final DataSource dataSource;
    final EntityManagerFactory emf;
    final Jpa jpa;
    final Clock clock = Clock.fixed(LocalDate.of(2026, 10, 1).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final SchoolAccess access;
    final StructureServiceImpl structure;
    final JournalServiceImpl journal;
    final DiaryServiceImpl diary;
    final SubstitutionServiceImpl substitutions;
    final SchoolReportServiceImpl reports;
    final SchoolImportServiceImpl imports;
    final HomeworkFileServiceImpl homeworkFiles;
    final LessonPlanServiceImpl plans;
    /** The platform's files, in memory: id → content (deleted ones removed). */
    final Map<Long, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    /** The Timetables component's service: null as when that component is not installed. */
    volatile kz.digitaledu.platform.api.timetable.PublishedTimetables published;

    FakePlatform() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:school-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        dataSource = ds;
        migrate(ds);
        emf = Persistence.createEntityManagerFactory("digitaledu.school", Map.of("javax.persistence.nonJtaDataSource", ds));
        jpa = new Jpa(emf);
        access = new SchoolAccess(currentUser(), accessControl(), personDirectory());
        structure = new StructureServiceImpl(jpa, access, personDirectory(), auditService(), clock) {
            @Override
            protected kz.digitaledu.platform.api.timetable.PublishedTimetables publishedTimetables() {
                return published;
            }
        };
        journal = new JournalServiceImpl(jpa, access, structure, personDirectory(), auditService(), notifications(), clock);
        diary = new DiaryServiceImpl(jpa, access, personDirectory(), clock);
        reports = new SchoolReportServiceImpl(jpa, access, structure, personDirectory(), translator(), clock);
        imports = new SchoolImportServiceImpl(jpa, access, personDirectory(), userService(), auditService(), translator(),
                new kz.digitaledu.platform.report.internal.ReportComponents.Renderer(), new kz.digitaledu.platform.report.internal.ReportComponents.Reader());
        substitutions = new SubstitutionServiceImpl(jpa, access, personDirectory(), auditService(), notifications(), clock);
        homeworkFiles = new HomeworkFileServiceImpl(jpa, access, personDirectory(), fileService(), auditService());
        plans = new LessonPlanServiceImpl(jpa, access, auditService(), new kz.digitaledu.platform.report.internal.ReportComponents.Reader());
    }

    /**
     * The platform's file service in memory: refuses, as the real one does, a name without a .txt or .pdf extension
     * (standing for "a kind it does not accept") and an empty upload, with a 422 on {@code file}.
     */
    kz.digitaledu.platform.api.FileService fileService() {
        java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
        Map<Long, kz.digitaledu.platform.api.FileService.StoredFile> meta = new java.util.concurrent.ConcurrentHashMap<>();
        return new kz.digitaledu.platform.api.FileService() {
            @Override
            public StoredFile store(String fileName, java.io.InputStream content, long organisationId) {
                byte[] bytes;
                try {
                    bytes = content.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (fileName == null || !(fileName.endsWith(".txt") || fileName.endsWith(".pdf"))) {
                    throw EduException.invalid("file", "validation.file_type", "pdf, txt");
                }
                if (bytes.length == 0) {
                    throw EduException.invalid("file", "validation.file_empty");
                }
                long id = ids.incrementAndGet();
                StoredFile f = new StoredFile(id, fileName, fileName.endsWith(".pdf") ? "application/pdf" : "text/plain; charset=UTF-8",
                        bytes.length, "sha", organisationId, current.get().accountId(), java.time.Instant.now());
                files.put(id, bytes);
                meta.put(id, f);
                return f;
            }

            @Override
            public java.util.Optional<StoredFile> find(long id) {
                return java.util.Optional.ofNullable(files.containsKey(id) ? meta.get(id) : null);
            }

            @Override
            public java.io.InputStream open(long id) {
                byte[] b = files.get(id);
                if (b == null) {
                    throw EduException.notFound("file", id);
                }
                return new java.io.ByteArrayInputStream(b);
            }

            @Override
            public void delete(long id) {
                if (files.remove(id) == null) {
                    throw EduException.notFound("file", id);
                }
            }

            @Override
            public long maxBytes() {
                return 1 << 20;
            }
        };
    }

    /** Runs the school's migration scripts as the platform's SchemaMigrator does. */
    private static void migrate(DataSource ds) throws Exception {
        ClassLoader loader = FakePlatform.class.getClassLoader();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                BufferedReader list = new BufferedReader(new InputStreamReader(loader.getResourceAsStream("db/school/migrations.txt"),
                        StandardCharsets.UTF_8))) {
            for (String name : list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                String sql = new String(loader.getResourceAsStream("db/school/" + name).readAllBytes(), StandardCharsets.UTF_8);
                StringBuilder clean = new StringBuilder();
                for (String line : sql.split("\n")) {
                    if (!line.strip().startsWith("--")) {
                        clean.append(line).append('\n');
                    }
                }
                for (String stmt : clean.toString().split(";")) {
                    if (!stmt.isBlank()) {
                        st.execute(stmt);
                    }
                }
            }
        }
    }

    /** An account with a person and one role in one organisation. */
    EduPrincipal account(long accountId, String username, Role role, long organisationId, String lastName) {
        EduPrincipal p = new EduPrincipal(accountId, username, username, Locale.forLanguageTag("ru"), List.of(new RoleGrant(role, organisationId)));
        principals.put(accountId, p);
        long personId = 1000 + accountId;
        people.put(personId, new Person(personId, organisationId, null, lastName, "Тест", null, null, null, null, Gender.FEMALE));
        personOfAccount.put(accountId, personId);
        return p;
    }

    Person student(long personId, long schoolId, String lastName) {
        Person p = new Person(personId, schoolId, null, lastName, "Ученик", null, null, null, LocalDate.of(2012, 1, 1), Gender.MALE);
        people.put(personId, p);
        return p;
    }

    <T> T as(EduPrincipal p, Callable<T> work) throws Exception {
        return currentUser().callAs(p, work);
    }

    /** Keys (with their arguments) instead of texts. */
    static kz.digitaledu.platform.api.i18n.Translator translator() {
        return new kz.digitaledu.platform.api.i18n.Translator() {
            @Override
            public String translate(Locale locale, String key, Object... args) {
                return key + (args.length == 0 ? "" : java.util.Arrays.toString(args));
            }

            @Override
            public boolean has(String key) {
                return true;
            }
        };
    }

    /** The accounts the import created, with their first passwords as given. */
    final List<kz.digitaledu.platform.api.UserService.NewAccount> createdAccounts = new ArrayList<>();

    /** What the import uses: the look-up by log-in, and checking and creating accounts in batches (log-ins unique). */
    kz.digitaledu.platform.api.UserService userService() {
        return (kz.digitaledu.platform.api.UserService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {kz.digitaledu.platform.api.UserService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "findByUsername" -> {
                            return principals.values().stream().filter(pr -> pr.username().equals(args[0])).findFirst().map(this::accountOf);
                        }
                        case "checkAll", "createAll" -> {
                            @SuppressWarnings("unchecked")
                            List<kz.digitaledu.platform.api.UserService.NewAccount> list = (List<kz.digitaledu.platform.api.UserService.NewAccount>) args[0];
                            List<EduException.FieldError> taken = new ArrayList<>();
                            for (int i = 0; i < list.size(); i++) {
                                String login = list.get(i).user().username();
                                if (principals.values().stream().anyMatch(pr -> pr.username().equals(login))) {
                                    taken.add(new EduException.FieldError("users[" + i + "].username", "validation.username_taken", List.of(login)));
                                }
                            }
                            if (!taken.isEmpty()) {
                                throw EduException.invalid(taken);
                            }
                            if (method.getName().equals("checkAll")) {
                                return null;
                            }
                            List<kz.digitaledu.platform.api.UserAccount> made = new ArrayList<>();
                            for (kz.digitaledu.platform.api.UserService.NewAccount n : list) {
                                long id = 7000 + createdAccounts.size();
                                EduPrincipal pr = account(id, n.user().username(), n.user().role(), n.user().organisationId(), n.user().lastName());
                                people.put(1000 + id, new Person(1000 + id, n.user().organisationId(), n.user().iin(), n.user().lastName(),
                                        n.user().firstName(), n.user().middleName(), null, null, null, null));
                                if (n.childPersonIds() != null && !n.childPersonIds().isEmpty()) {
                                    children.put(id, List.copyOf(n.childPersonIds()));
                                }
                                createdAccounts.add(n);
                                made.add(accountOf(pr));
                            }
                            return made;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private kz.digitaledu.platform.api.UserAccount accountOf(EduPrincipal pr) {
        return new kz.digitaledu.platform.api.UserAccount(pr.accountId(), pr.username(), people.get(personOfAccount.get(pr.accountId())), "ru",
                true, false, false, false, pr.grants(), children.getOrDefault(pr.accountId(), List.of()), null, false);
    }

    CurrentUser currentUser() {
        return new CurrentUser() {
            @Override
            public Optional<EduPrincipal> get() {
                return Optional.ofNullable(current.get());
            }

            @Override
            public Scope enter(EduPrincipal principal, String remoteAddress) {
                EduPrincipal before = current.get();
                current.set(principal);
                return () -> current.set(before);
            }

            @Override
            public Optional<String> remoteAddress() {
                return Optional.empty();
            }

            @Override
            public <T> T callAs(EduPrincipal principal, Callable<T> work) throws Exception {
                try (Scope s = enter(principal)) {
                    return work.call();
                }
            }
        };
    }

    AccessControl accessControl() {
        Map<Role, Set<String>> grants = new SchoolPermissionProvider().defaultGrants();
        return new AccessControl() {
            private Set<Long> subtree(long org) {
                return org == DISTRICT ? Set.of(DISTRICT, SCHOOL_A, SCHOOL_B) : Set.of(org);
            }

            @Override
            public boolean isPermitted(EduPrincipal principal, String permission, long organisationId) {
                return organisationsWith(principal, permission).contains(organisationId);
            }

            @Override
            public boolean isPermittedAnywhere(EduPrincipal principal, String permission) {
                return !organisationsWith(principal, permission).isEmpty();
            }

            @Override
            public Set<Long> organisationsWith(EduPrincipal principal, String permission) {
                Set<Long> out = new HashSet<>();
                for (RoleGrant g : principal.grants()) {
                    if (grants.getOrDefault(g.role(), Set.of()).contains(permission)) {
                        out.addAll(subtree(g.organisationId()));
                    }
                }
                return out;
            }

            @Override
            public Set<Permission> knownPermissions() {
                return Set.copyOf(new SchoolPermissionProvider().permissions());
            }
        };
    }

    PersonDirectory personDirectory() {
        return new PersonDirectory() {
            @Override
            public List<Person> createPersons(List<NewPerson> list) {
                List<Person> made = new ArrayList<>();
                List<EduException.FieldError> wrong = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).lastName() == null || list.get(i).lastName().isBlank()) {
                        wrong.add(new EduException.FieldError("people[" + i + "].lastName", "validation.required", List.of()));
                    }
                }
                if (!wrong.isEmpty()) {
                    throw EduException.invalid(wrong); // as the platform does: rows named, nothing written
                }
                for (NewPerson n : list) {
                    long id = 5000 + people.size();
                    Person p = new Person(id, n.organisationId(), n.iin(), n.lastName(), n.firstName(), n.middleName(), null, null, n.birthDate(),
                            n.gender());
                    people.put(id, p);
                    made.add(p);
                }
                return made;
            }

            @Override
            public Map<Long, Person> persons(Collection<Long> ids) {
                Map<Long, Person> m = new HashMap<>();
                ids.forEach(id -> {
                    if (people.containsKey(id)) {
                        m.put(id, people.get(id));
                    }
                });
                return m;
            }

            @Override
            public Optional<Person> personOfAccount(long accountId) {
                return Optional.ofNullable(personOfAccount.get(accountId)).map(people::get);
            }

            @Override
            public Map<Long, Person> personsOfAccounts(Collection<Long> accountIds) {
                Map<Long, Person> m = new HashMap<>();
                accountIds.forEach(id -> personOfAccount(id).ifPresent(p -> m.put(id, p)));
                return m;
            }

            @Override
            public List<Long> childrenOf(long parentAccountId) {
                return children.getOrDefault(parentAccountId, List.of());
            }

            @Override
            public List<Long> parentAccountsOf(long childPersonId) {
                return children.entrySet().stream().filter(e -> e.getValue().contains(childPersonId)).map(Map.Entry::getKey).toList();
            }
        };
    }

    AuditService auditService() {
        return new AuditService() {
            @Override
            public void record(String action, String entityType, Object entityId, Long organisationId, Object before, Object after) {
                audit.add(action + " " + entityType + " " + entityId + " by " + current.get().username());
            }

            @Override
            public List<AuditEntry> find(AuditQuery query) {
                return List.of();
            }
        };
    }

    NotificationService notifications() {
        return new NotificationService() {
            @Override
            public void send(Notification notification) {
                sent.add(notification);
            }

            @Override
            public List<InboxItem> inbox(boolean unreadOnly, int limit) {
                return List.of();
            }

            @Override
            public boolean markRead(long id) {
                return false;
            }

            @Override
            public Set<String> mutedCategories() {
                return Set.of();
            }

            @Override
            public void setCategoryEnabled(String category, boolean enabled) {
                throw new UnsupportedOperationException("not used by the services under test");
            }
        };
    }

    long count(String entity) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult());
    }

    @Override
    public void close() {
        emf.close();
    }
}
