package kz.digitaledu.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.AuditQuery;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationService.NewOrganisation;
import kz.digitaledu.platform.api.OrganisationType;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.UserService.NewUser;
import kz.digitaledu.platform.core.internal.security.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The platform services on embedded Derby; {@link PostgresPlatformServicesTest} runs the same tests on PostgreSQL. */
class PlatformServicesTest {
    private final TestPlatform p = newPlatform().withDemoData();

    /** The platform under test; subclasses choose the database. */
    TestPlatform newPlatform() {
        return new TestPlatform();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private long orgId(EduPrincipal as, String code) {
        return p.as(as, () -> p.organisations.list()).stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().id();
    }

    private NewUser newTeacher(String username, long org) {
        return new NewUser(username, "Secret-123", "kk", null, "Омаров", "Данияр", null, "Omarov", "Daniyar",
                LocalDate.of(1992, 1, 2), Gender.MALE, org, Role.TEACHER);
    }

    @Test
    void migrationsAreRecordedAndNotRepeated() {
        assertEquals(0, new kz.digitaledu.platform.core.internal.persistence.SqlMigrations(p.dataSource).migrate("platform",
                getClass().getClassLoader()));
    }

    @Test
    void migrationsWriteLongTextAndBinaryColumnsInTheDatabasesOwnTypes() throws Exception {
        var migrations = new kz.digitaledu.platform.core.internal.persistence.SqlMigrations(p.dataSource);
        migrations.migrate("typestest", getClass().getClassLoader());
        assertEquals(0, migrations.migrate("typestest", getClass().getClassLoader()));
        String text = "Кесте ".repeat(40_000);
        byte[] bytes = new byte[100_000];
        new java.util.Random(7).nextBytes(bytes);
        try (var c = p.dataSource.getConnection()) {
            long id = System.nanoTime();
            try (var ps = c.prepareStatement("INSERT INTO edu_typestest (id, body, data) VALUES (?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, text);
                ps.setBytes(3, bytes);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("SELECT body, data FROM edu_typestest WHERE id = ?")) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(text, rs.getString(1));
                    assertTrue(java.util.Arrays.equals(bytes, rs.getBytes(2)));
                }
            }
        }
    }

    @Test
    void aSchoolAdministratorSeesOnlyTheirSchoolAndADistrictOfficerSeesAllItsSchools() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal director67 = p.login("director67", "Director-2026!");
        EduPrincipal district = p.login("district", "District-2026!");
        Set<String> seenByDirector = p.as(director, () -> p.organisations.list()).stream().map(Organisation::code).collect(Collectors.toSet());
        assertEquals(Set.of("school-25"), seenByDirector);
        Set<String> seenByDistrict = p.as(district, () -> p.organisations.list()).stream().map(Organisation::code).collect(Collectors.toSet());
        assertEquals(Set.of("astana-esil", "school-25", "school-67"), seenByDistrict);

        Set<String> usersOf25 = p.as(director, () -> p.users.list(null)).stream().map(UserAccount::username).collect(Collectors.toSet());
        assertTrue(usersOf25.containsAll(Set.of("director", "teacher", "student", "parent")));
        assertFalse(usersOf25.contains("director67"), "school A never sees school B's users");
        long school25 = orgId(director, "school-25");
        assertEquals(List.of(), p.as(director67, () -> p.users.list(school25)));
        long teacherId = p.as(director, () -> p.users.findByUsername("teacher")).orElseThrow().id();
        assertTrue(p.as(director67, () -> p.users.find(teacherId)).isEmpty());
    }

    @Test
    void aSchoolAdministratorCreatesUsersInTheirSchoolOnly() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal director67 = p.login("director67", "Director-2026!");
        long school25 = orgId(director, "school-25");
        long accounts = p.count("AccountEntity");

        UserAccount created = p.as(director, () -> p.users.create(newTeacher("d.omarov", school25)));
        assertEquals("d.omarov", created.username());
        assertEquals(accounts + 1, p.count("AccountEntity"));
        assertEquals(Role.TEACHER, created.grants().get(0).role());

        EduException denied = assertThrows(EduException.class, () -> p.as(director67, () -> p.users.create(newTeacher("x.intruder", school25))));
        assertEquals(403, denied.status());
        EduException noSysAdmin = assertThrows(EduException.class, () -> p.as(director, () -> p.users.create(
                new NewUser("x.root", "Secret-123", "kk", null, "A", "B", null, null, null, null, null, school25, Role.SYSTEM_ADMIN))));
        assertEquals(403, noSysAdmin.status());
        EduPrincipal teacher = p.login("teacher", "Teacher-2026!");
        assertEquals(403, assertThrows(EduException.class, () -> p.as(teacher, () -> p.users.create(newTeacher("x.t", school25)))).status());
        assertEquals(accounts + 1, p.count("AccountEntity"), "refused requests wrote nothing");

        List<kz.digitaledu.platform.api.AuditEntry> audit = p.as(director, () -> p.audit.find(new AuditQuery("director", "user.create", null, null, null, 0, 10)));
        assertEquals(1, audit.size());
        assertEquals(String.valueOf(created.id()), audit.get(0).entityId());
        assertTrue(audit.get(0).after().contains("d.omarov"));
        assertFalse(audit.get(0).after().contains("argon2"), "no password hash in the audit log");
        assertEquals(List.of(), p.as(director67, () -> p.audit.find(new AuditQuery("director", null, null, null, null, 0, 10))),
                "school B cannot read school A's audit");
    }

    @Test
    void badInputIsRejectedWholeWithEveryFieldNamedAndNothingWritten() {
        EduPrincipal director = p.login("director", "Director-2026!");
        long school25 = orgId(director, "school-25");
        long persons = p.count("PersonEntity");
        NewUser bad = new NewUser("Bad Name!", "short", "de", "123456789012", "", "Д".repeat(101), null, null, null,
                LocalDate.of(2090, 1, 1), null, school25, null);
        EduException e = assertThrows(EduException.class, () -> p.as(director, () -> p.users.create(bad)));
        assertEquals(422, e.status());
        Set<String> fields = e.fieldErrors().stream().map(EduException.FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("username", "password", "language", "iin", "lastName", "firstName", "birthDate", "role"), fields);
        assertEquals(persons, p.count("PersonEntity"));

        EduException taken = assertThrows(EduException.class, () -> p.as(director, () -> p.users.create(newTeacher("teacher", school25))));
        assertEquals("username", taken.fieldErrors().get(0).field());
        assertEquals(persons, p.count("PersonEntity"));
    }

    @Test
    void organisationsFollowTheRegionDistrictSchoolTree() {
        EduPrincipal admin = p.login("admin", "Admin-2026!");
        EduPrincipal district = p.login("district", "District-2026!");
        long esil = orgId(admin, "astana-esil");
        Organisation school = p.as(district, () -> p.organisations.create(
                new NewOrganisation(esil, OrganisationType.SCHOOL, "school-90", "№ 90 мектеп", "Школа № 90", null)));
        assertEquals(esil, school.parentId());
        EduException wrongLevel = assertThrows(EduException.class, () -> p.as(admin, () -> p.organisations.create(
                new NewOrganisation(school.id(), OrganisationType.DISTRICT, "bad", "x", "x", null))));
        assertEquals("type", wrongLevel.fieldErrors().get(0).field());
        EduException topLevel = assertThrows(EduException.class, () -> p.as(district, () -> p.organisations.create(
                new NewOrganisation(null, OrganisationType.REGION, "r2", "x", "x", null))));
        assertEquals(403, topLevel.status());
    }

    @Test
    void repeatedFailuresLockTheAccountAndAreLogged() {
        for (int i = 0; i < 4; i++) {
            assertEquals("bad_credentials", assertThrows(EduException.class, () -> p.login("teacher", "wrong-password")).code());
        }
        assertEquals("locked", assertThrows(EduException.class, () -> p.login("teacher", "wrong-password")).code());
        assertEquals("locked", assertThrows(EduException.class, () -> p.login("teacher", "Teacher-2026!")).code(),
                "even the right password is refused while locked");
        p.clock.advance(Duration.ofMinutes(16));
        assertEquals("teacher", p.login("teacher", "Teacher-2026!").username());

        EduPrincipal director = p.login("director", "Director-2026!");
        List<AuthService.LoginAttempt> failures = p.as(director, () -> p.auth.accessLog("teacher", null, null, true, 50));
        assertEquals(6, failures.size());
        assertEquals("locked", failures.get(0).reason());
        EduPrincipal director67 = p.login("director67", "Director-2026!");
        assertEquals(List.of(), p.as(director67, () -> p.auth.accessLog("teacher", null, null, true, 50)));
        assertEquals(403, assertThrows(EduException.class,
                () -> p.as(p.login("student", "Student-2026!"), () -> p.auth.accessLog(null, null, null, true, 10))).status());
    }

    @Test
    void totpIsRequiredOnceEnrolledAndTokensWorkUntilRevoked() {
        EduPrincipal teacher = p.login("teacher", "Teacher-2026!");
        AuthService.TotpEnrolment enrol = p.as(teacher, () -> p.auth.beginTotpEnrolment());
        assertTrue(enrol.otpauthUri().contains(enrol.secret()));
        Totp totp = new Totp();
        EduException wrong = assertThrows(EduException.class, () -> p.as(teacher, () -> {
            p.auth.confirmTotp("000000".equals(totp.code(enrol.secret(), p.clock.instant())) ? "111111" : "000000");
            return null;
        }));
        assertEquals(422, wrong.status());
        p.as(teacher, () -> {
            p.auth.confirmTotp(totp.code(enrol.secret(), p.clock.instant()));
            return null;
        });
        assertEquals("mfa_required", assertThrows(EduException.class, () -> p.login("teacher", "Teacher-2026!")).code());
        p.clock.advance(Duration.ofSeconds(30));
        String code = totp.code(enrol.secret(), p.clock.instant());
        AuthService.Token token = p.auth.issueToken("teacher", "Teacher-2026!".toCharArray(), code, "10.0.0.1");
        assertEquals("teacher", p.auth.resolveToken(token.token()).orElseThrow().username());
        assertEquals("bad_credentials", assertThrows(EduException.class,
                () -> p.auth.issueToken("teacher", "Teacher-2026!".toCharArray(), code, "10.0.0.1")).code(), "a code works once");
        p.auth.revokeToken(token.token());
        assertTrue(p.auth.resolveToken(token.token()).isEmpty());
        assertTrue(p.auth.resolveToken("not-a-real-token-at-all-xxxxxxxx").isEmpty());
        p.clock.advance(Duration.ofHours(13));
    }

    @Test
    void mfaCanBeSwitchedOffOnlyForStudentsUnder16WithConsent() {
        EduPrincipal director = p.login("director", "Director-2026!");
        long student = p.as(director, () -> p.users.findByUsername("student")).orElseThrow().id();
        long teacher = p.as(director, () -> p.users.findByUsername("teacher")).orElseThrow().id();
        p.as(director, () -> {
            p.auth.exemptFromMfa(student, "Parent's written consent No. 17 of 2026-09-01");
            return null;
        });
        assertTrue(p.as(director, () -> p.users.find(student)).orElseThrow().mfaExempt());
        assertEquals(422, assertThrows(EduException.class, () -> p.as(director, () -> {
            p.auth.exemptFromMfa(teacher, "consent");
            return null;
        })).status());
        assertEquals(1, p.as(director, () -> p.audit.find(new AuditQuery(null, "security.mfa_exempted", null, null, null, 0, 10))).size());
    }

    @Test
    void aNewAccountAndAPasswordSetBySomeoneElseAreToldToTheirOwner() {
        p.users.bindNotifications(p.notifications);
        EduPrincipal director = p.login("director", "Director-2026!");
        long school25 = orgId(director, "school-25");
        UserAccount created = p.as(director, () -> p.users.create(newTeacher("n.welcome", school25)));
        EduPrincipal newcomer = p.login("n.welcome", "Secret-123");
        List<kz.digitaledu.platform.api.NotificationService.InboxItem> inbox = p.as(newcomer, () -> p.notifications.inbox(false, 10));
        assertEquals(1, inbox.size());
        assertEquals("security", inbox.get(0).category());
        assertTrue(inbox.get(0).body().contains(director.displayName()), inbox.get(0).body());
        assertEquals(java.util.Map.of("profile", "profile"), inbox.get(0).links());
        assertEquals(1L, p.as(newcomer, () -> p.notifications.unreadCount()));

        p.as(director, () -> {
            p.users.resetPassword(created.id(), "Another-Pass-2026!".toCharArray());
            return null;
        });
        assertEquals(2L, p.as(newcomer, () -> p.notifications.unreadCount()));
        assertEquals(2, p.as(newcomer, () -> p.notifications.markAllRead()));
        assertEquals(0L, p.as(newcomer, () -> p.notifications.unreadCount()));
        // changing one's own password is not news to oneself
        p.as(newcomer, () -> {
            p.users.changeOwnPassword("Another-Pass-2026!".toCharArray(), "Third-Pass-2026!".toCharArray());
            return null;
        });
        assertEquals(0L, p.as(newcomer, () -> p.notifications.unreadCount()));
        assertEquals(0L, p.as(director, () -> p.notifications.unreadCount()), "the director is not told of their own actions");
    }

    @Test
    void notificationsReachTheInboxInTheRecipientsLanguageAndEveryChannel() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal teacher = p.login("teacher", "Teacher-2026!");
        List<String> delivered = new java.util.ArrayList<>();
        p.notifications.addChannel(new kz.digitaledu.platform.api.NotificationChannel() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public void deliver(Delivery d) {
                delivered.add(d.recipientAccountId() + ":" + d.locale().getLanguage() + ":" + d.category() + ":" + d.title());
            }
        });
        p.notifications.addChannel(new kz.digitaledu.platform.api.NotificationChannel() {
            @Override
            public String id() {
                return "broken-sms";
            }

            @Override
            public void deliver(Delivery d) {
                throw new IllegalStateException("gateway down");
            }
        });
        p.as(director, () -> {
            p.notifications.send(new kz.digitaledu.platform.api.Notification(teacher.accountId(), "security", "role.TEACHER",
                    "validation.too_long", List.of(5), java.util.Map.of("open", "/profile")));
            return null;
        });
        assertEquals(List.of(teacher.accountId() + ":kk:security:Мұғалім"), delivered, "the teacher's language is Kazakh");
        List<kz.digitaledu.platform.api.NotificationService.InboxItem> inbox = p.as(teacher, () -> p.notifications.inbox(true, 10));
        assertEquals(1, inbox.size(), "a failing gateway does not lose the in-app copy");
        assertEquals("Ең көбі 5 таңба.", inbox.get(0).body());
        assertEquals("/profile", inbox.get(0).links().get("open"));
        long id = inbox.get(0).id();
        assertFalse(p.as(director, () -> p.notifications.markRead(id)), "only the recipient marks it read");
        assertTrue(p.as(teacher, () -> p.notifications.markRead(id)));
        assertEquals(List.of(), p.as(teacher, () -> p.notifications.inbox(true, 10)));
        assertEquals(1, p.as(teacher, () -> p.notifications.inbox(false, 10)).size());
    }

    @Test
    void parentIsLinkedToBothChildren() {
        EduPrincipal director = p.login("director", "Director-2026!");
        UserAccount parent = p.as(director, () -> p.users.findByUsername("parent")).orElseThrow();
        assertEquals(2, parent.childPersonIds().size());
    }

    @Test
    void aPasswordSomeoneElseChoseMustBeReplacedByItsOwner() {
        EduPrincipal director = p.login("director", "Director-2026!");
        long school25 = orgId(director, "school-25");
        assertFalse(p.as(director, () -> p.users.findByUsername("teacher")).orElseThrow().passwordChangeRequired(),
                "the demo accounts keep their published passwords");
        UserAccount made = p.as(director, () -> p.users.create(newTeacher("t.first", school25)));
        assertTrue(made.passwordChangeRequired(), "the director chose it");
        EduPrincipal owner = p.login("t.first", "Secret-123");
        p.as(owner, () -> {
            p.users.changeOwnPassword("Secret-123".toCharArray(), "Own-Secret-2026".toCharArray());
            return null;
        });
        assertFalse(p.auth.passwordChangeRequired(owner.accountId()));
        p.as(director, () -> {
            p.users.resetPassword(owner.accountId(), "Reset-Secret-2026".toCharArray());
            return null;
        });
        assertTrue(p.auth.passwordChangeRequired(owner.accountId()), "a reset by someone else");
        p.as(p.login("t.first", "Reset-Secret-2026"), () -> {
            p.users.changeOwnPassword("Reset-Secret-2026".toCharArray(), "Own-Again-2026".toCharArray());
            return null;
        });
        assertFalse(p.auth.passwordChangeRequired(owner.accountId()));
    }

    @Test
    void manyAccountsAreCreatedAtOnceOrNoneWithEveryRowsMistakeNamed() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal director67 = p.login("director67", "Director-2026!");
        long school25 = orgId(director, "school-25");
        long persons = p.count("PersonEntity");
        long child = p.as(director, () -> p.persons.createPersons(List.of(new kz.digitaledu.platform.api.PersonDirectory.NewPerson(school25,
                null, "Ахметова", "Дана", null, null, null, null, null)))).get(0).id();
        java.util.function.BiFunction<String, Role, NewUser> user = (login, role) -> new NewUser(login, "Initial-Pass-7", "kk", null,
                "Ахметов", "Ерлан", null, null, null, null, Gender.MALE, school25, role);
        UserService.NewAccount teacher = new UserService.NewAccount(user.apply("t.akhmetov", Role.TEACHER), "t.akhmetov@school25.kz", null, null, true);
        UserService.NewAccount parent = new UserService.NewAccount(user.apply("p.akhmetov", Role.PARENT), null, "8 701 234 5678", List.of(child), true);

        EduException bad = assertThrows(EduException.class, () -> p.as(director, () -> p.users.createAll(List.of(teacher, parent,
                new UserService.NewAccount(user.apply("T.Akhmetov", Role.TEACHER), "not an address", "12", null, true),
                new UserService.NewAccount(user.apply("teacher", Role.TEACHER), null, null, List.of(-5L), true)))));
        assertEquals(Set.of("users[2].username", "users[2].email", "users[2].phone"),
                bad.fieldErrors().stream().map(EduException.FieldError::field).collect(Collectors.toSet()), "checked before the database");
        EduException taken = assertThrows(EduException.class, () -> p.as(director, () -> p.users.createAll(List.of(teacher, parent,
                new UserService.NewAccount(user.apply("teacher", Role.TEACHER), null, null, List.of(-5L), true)))));
        assertEquals(Set.of("users[2].username", "users[2].childPersonIds"),
                taken.fieldErrors().stream().map(EduException.FieldError::field).collect(Collectors.toSet()));
        assertEquals(403, assertThrows(EduException.class, () -> p.as(director67, () -> p.users.createAll(List.of(teacher)))).status());
        EduException checkedOnly = assertThrows(EduException.class, () -> p.as(director, () -> {
            p.users.checkAll(List.of(teacher, new UserService.NewAccount(user.apply("teacher", Role.TEACHER), null, null, List.of(-5L), true)));
            return null;
        }));
        assertEquals(List.of("users[1].username"), checkedOnly.fieldErrors().stream().map(EduException.FieldError::field).toList(),
                "the check finds the taken log-in and leaves children alone");
        p.as(director, () -> {
            p.users.checkAll(List.of(teacher, parent));
            return null;
        });
        assertEquals(persons + 1, p.count("PersonEntity"), "nothing written by a refused batch or by a check");

        List<UserAccount> made = p.as(director, () -> p.users.createAll(List.of(teacher, parent)));
        assertEquals(List.of("t.akhmetov", "p.akhmetov"), made.stream().map(UserAccount::username).toList());
        assertEquals(List.of(child), made.get(1).childPersonIds());
        assertEquals("+77012345678", p.as(director, () -> p.users.contacts(made.get(1).id())).phone(), "normalised as in My profile");
        assertEquals("t.akhmetov@school25.kz", p.as(director, () -> p.users.contacts(made.get(0).id())).email());
        EduPrincipal newParent = p.login("p.akhmetov", "Initial-Pass-7");
        assertTrue(made.get(1).passwordChangeRequired(), "a password someone else chose");
        assertTrue(p.auth.passwordChangeRequired(newParent.accountId()));
        p.as(newParent, () -> {
            p.users.changeOwnPassword("Initial-Pass-7".toCharArray(), "Own-Pass-2026".toCharArray());
            return null;
        });
        assertFalse(p.auth.passwordChangeRequired(newParent.accountId()), "chosen by the owner now");
        assertFalse(p.as(director, () -> p.users.find(newParent.accountId())).orElseThrow().passwordChangeRequired());
        assertEquals(2, p.as(director, () -> p.audit.find(new AuditQuery("director", "user.create", null, null, null, 0, 10))).size());
    }

    @Test
    void peopleWithoutAccountsAreCreatedAllOrNothingInTheDirectorsSchoolOnly() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal director67 = p.login("director67", "Director-2026!");
        long school25 = orgId(director, "school-25");
        long persons = p.count("PersonEntity");
        java.util.function.Function<String, kz.digitaledu.platform.api.PersonDirectory.NewPerson> np = iin ->
                new kz.digitaledu.platform.api.PersonDirectory.NewPerson(school25, iin, "Ахметов", "Ерболат", null, null, null, null, null);
        EduException bad = assertThrows(EduException.class, () -> p.as(director, () -> p.persons.createPersons(List.of(np.apply(null),
                np.apply("123456789012"), new kz.digitaledu.platform.api.PersonDirectory.NewPerson(school25, null, "", "А", null, null, null, null, null)))));
        assertEquals(Set.of("people[1].iin", "people[2].lastName"),
                bad.fieldErrors().stream().map(EduException.FieldError::field).collect(Collectors.toSet()));
        assertEquals(persons, p.count("PersonEntity"), "a bad row writes nothing");
        assertEquals(403, assertThrows(EduException.class, () -> p.as(director67, () -> p.persons.createPersons(List.of(np.apply(null))))).status());

        List<kz.digitaledu.platform.api.Person> made = p.as(director, () -> p.persons.createPersons(List.of(np.apply(null), np.apply(null))));
        assertEquals(persons + 2, p.count("PersonEntity"));
        assertEquals(2, p.persons.persons(made.stream().map(kz.digitaledu.platform.api.Person::id).toList()).size());
        UserAccount parent = p.as(director, () -> p.users.findByUsername("parent")).orElseThrow();
        long child = parent.childPersonIds().get(0);
        assertEquals(List.of(parent.id()), p.persons.parentAccountsOf(child));
        assertEquals(parent.childPersonIds(), p.persons.childrenOf(parent.id()));
        assertEquals(parent.person(), p.persons.personOfAccount(parent.id()).orElseThrow());
        assertEquals(2, p.as(director, () -> p.audit.find(new AuditQuery("director", "person.create", null, null, null, 0, 10))).size());
    }

    @Test
    void aParentSwitchesACategoryOffAndGetsNothingOfItUntilSwitchedOnAgain() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal parent = p.login("parent", "Parent-2026!");
        long parentId = p.as(director, () -> p.users.findByUsername("parent")).orElseThrow().id();
        java.util.function.Supplier<Integer> inbox = () -> p.as(parent, () -> p.notifications.inbox(false, 100)).size();
        java.util.function.Consumer<String> send = category -> p.notifications.send(new kz.digitaledu.platform.api.Notification(parentId,
                category, "error.forbidden", null, List.of(), null));
        int before = inbox.get();
        p.as(parent, () -> {
            p.notifications.setCategoryEnabled("school.mark", false);
            return null;
        });
        assertEquals(Set.of("school.mark"), p.as(parent, () -> p.notifications.mutedCategories()));
        assertTrue(p.notifications.isMuted(parentId, "school.mark"), "asked by components when the event happens");
        assertFalse(p.notifications.isMuted(parentId, "school.attendance"));
        send.accept("school.mark");
        send.accept("school.attendance");
        assertEquals(before + 1, inbox.get(), "only the category still switched on");
        p.as(parent, () -> {
            p.notifications.setCategoryEnabled("school.mark", true);
            return null;
        });
        send.accept("school.mark");
        assertEquals(before + 2, inbox.get());
        assertEquals(Set.of(), p.as(parent, () -> p.notifications.mutedCategories()));
        assertEquals(422, assertThrows(EduException.class, () -> p.as(parent, () -> {
            p.notifications.setCategoryEnabled("Not a category!", false);
            return null;
        })).status());
    }

    @Test
    void contactDetailsAreValidatedNormalisedAuditedAndKeptInTheirSchool() {
        EduPrincipal director = p.login("director", "Director-2026!");
        EduPrincipal director67 = p.login("director67", "Director-2026!");
        EduPrincipal parent = p.login("parent", "Parent-2026!");
        long parentId = parent.accountId();
        assertEquals(kz.digitaledu.platform.api.Contacts.NONE.email(), p.as(parent, () -> p.users.contacts(parentId)).email());

        kz.digitaledu.platform.api.Contacts mine = p.as(parent, () -> p.users.setContacts(parentId,
                new kz.digitaledu.platform.api.Contacts(" Aigerim.S@Mail.KZ ", "8 (701) 234-56-78", true, false)));
        assertEquals("Aigerim.S@mail.kz", mine.email());
        assertEquals("+77012345678", mine.phone());
        assertFalse(mine.bySms());
        assertEquals(mine, p.as(director, () -> p.users.contacts(parentId)), "the school administrator reads them");

        EduException bad = assertThrows(EduException.class, () -> p.as(parent, () -> p.users.setContacts(parentId,
                new kz.digitaledu.platform.api.Contacts("aigerim@", "+7 701 234", true, true))));
        assertEquals(422, bad.status());
        assertEquals(Set.of("email", "phone"), bad.fieldErrors().stream().map(f -> f.field()).collect(Collectors.toSet()));
        assertEquals(mine, p.as(parent, () -> p.users.contacts(parentId)), "a refused change writes nothing");

        assertEquals(404, assertThrows(EduException.class, () -> p.as(director67, () -> p.users.contacts(parentId))).status(),
                "another school does not even learn that the account exists");
        assertEquals(404, assertThrows(EduException.class, () -> p.as(director67, () -> p.users.setContacts(parentId,
                kz.digitaledu.platform.api.Contacts.NONE))).status());
        EduPrincipal student = p.login("student", "Student-2026!");
        assertEquals(404, assertThrows(EduException.class, () -> p.as(student, () -> p.users.contacts(parentId))).status());

        kz.digitaledu.platform.api.Contacts cleared = p.as(director, () -> p.users.setContacts(parentId,
                new kz.digitaledu.platform.api.Contacts("", null, true, true)));
        assertEquals(null, cleared.email());
        List<kz.digitaledu.platform.api.AuditEntry> audit = p.as(director, () -> p.audit.find(
                new AuditQuery(null, "user.contacts", null, null, null, 0, 10)));
        assertEquals(2, audit.size(), "the change by the parent and the one by the director");
        assertTrue(audit.stream().anyMatch(e -> e.after().contains("+77012345678") && "parent".equals(e.actorUsername())), audit.toString());
    }
}
