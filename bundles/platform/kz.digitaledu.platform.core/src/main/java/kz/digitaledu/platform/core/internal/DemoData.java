package kz.digitaledu.platform.core.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.DemoDataReady;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Iin;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.OrganisationService.NewOrganisation;
import kz.digitaledu.platform.api.OrganisationType;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.UserService.NewUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo organisations and accounts, created on the first start of an empty database when the
 * configuration {@code kz.digitaledu.platform.demo} exists (the distribution ships it). The log-ins
 * are listed in the README.
 */
@Component(service = DemoDataReady.class, immediate = true, configurationPid = "kz.digitaledu.platform.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoData implements DemoDataReady {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final EduPrincipal SYSTEM = new EduPrincipal(0, "system", "System", Locale.ENGLISH,
            List.of(new RoleGrant(Role.SYSTEM_ADMIN, 0)));

    @Activate
    public DemoData(@Reference OrganisationService organisations, @Reference UserService users, @Reference CurrentUser currentUser) {
        currentUser.as(SYSTEM, () -> {
            if (!organisations.list().isEmpty()) {
                return null;
            }
            load(organisations, users);
            LOG.info("Demo data loaded");
            return null;
        });
    }

    static void load(OrganisationService orgs, UserService users) {
        Organisation astana = orgs.create(new NewOrganisation(null, OrganisationType.CITY, "astana", "Астана қаласы", "город Астана", "Astana"));
        Organisation esil = orgs.create(new NewOrganisation(astana.id(), OrganisationType.DISTRICT, "astana-esil",
                "Есіл ауданы білім бөлімі", "Отдел образования района Есиль", "Esil district education department"));
        Organisation school25 = orgs.create(new NewOrganisation(esil.id(), OrganisationType.SCHOOL, "school-25",
                "№ 25 мектеп-лицей", "Школа-лицей № 25", "School-lyceum No. 25"));
        Organisation school67 = orgs.create(new NewOrganisation(esil.id(), OrganisationType.SCHOOL, "school-67",
                "№ 67 мектеп-гимназия", "Школа-гимназия № 67", "School-gymnasium No. 67"));
        Organisation almaty = orgs.create(new NewOrganisation(null, OrganisationType.REGION, "almaty-region", "Алматы облысы",
                "Алматинская область", "Almaty region"));
        Organisation karasai = orgs.create(new NewOrganisation(almaty.id(), OrganisationType.DISTRICT, "almaty-karasai",
                "Қарасай ауданы білім бөлімі", "Отдел образования Карасайского района", "Karasai district education department"));
        orgs.create(new NewOrganisation(karasai.id(), OrganisationType.SCHOOL, "kaskelen-1", "Қаскелең қаласының № 1 орта мектебі",
                "Средняя школа № 1 города Каскелен", "Kaskelen secondary school No. 1"));

        Map<String, UserAccount> u = new HashMap<>();
        int[] serial = {100};
        java.util.function.Function<Object[], UserAccount> create = a -> {
            LocalDate born = (LocalDate) a[5];
            Gender g = (Gender) a[6];
            String iin = null;
            while (iin == null) {
                iin = Iin.of(born, g, serial[0]++).orElse(null);
            }
            // the demo passwords are published in the README: nobody is asked to replace them
            UserAccount acc = users.createAll(List.of(new UserService.NewAccount(new NewUser((String) a[0], (String) a[1], (String) a[2], iin,
                    (String) a[3], (String) a[4], null, null, null, born, g, (Long) a[7], (Role) a[8]), null, null, null, false))).get(0);
            u.put(acc.username(), acc);
            return acc;
        };
        create.apply(new Object[] {"admin", "Admin-2026!", "ru", "Серікбаев", "Ерлан", LocalDate.of(1985, 4, 12), Gender.MALE, astana.id(), Role.SYSTEM_ADMIN});
        create.apply(new Object[] {"district", "District-2026!", "kk", "Жұмабекова", "Гүлнар", LocalDate.of(1979, 9, 3), Gender.FEMALE, esil.id(), Role.DISTRICT_OFFICER});
        create.apply(new Object[] {"director", "Director-2026!", "kk", "Әбенова", "Айгүл", LocalDate.of(1976, 2, 20), Gender.FEMALE, school25.id(), Role.SCHOOL_ADMIN});
        create.apply(new Object[] {"teacher", "Teacher-2026!", "kk", "Нұрланов", "Асхат", LocalDate.of(1990, 11, 7), Gender.MALE, school25.id(), Role.TEACHER});
        create.apply(new Object[] {"psychologist", "Psychologist-2026!", "ru", "Ким", "Елена", LocalDate.of(1988, 6, 15), Gender.FEMALE, school25.id(), Role.PSYCHOLOGIST});
        UserAccount s1 = create.apply(new Object[] {"student", "Student-2026!", "kk", "Серікова", "Аружан", LocalDate.of(2012, 5, 30), Gender.FEMALE, school25.id(), Role.STUDENT});
        UserAccount s2 = create.apply(new Object[] {"student2", "Student-2026!", "kk", "Сериков", "Нұрсұлтан", LocalDate.of(2015, 1, 18), Gender.MALE, school25.id(), Role.STUDENT});
        UserAccount parent = create.apply(new Object[] {"parent", "Parent-2026!", "kk", "Серікова", "Мадина", LocalDate.of(1987, 8, 8), Gender.FEMALE, school25.id(), Role.PARENT});
        users.linkChild(parent.id(), s1.person().id());
        users.linkChild(parent.id(), s2.person().id());
        create.apply(new Object[] {"director67", "Director-2026!", "ru", "Петрова", "Ольга", LocalDate.of(1975, 3, 1), Gender.FEMALE, school67.id(), Role.SCHOOL_ADMIN});
    }
}
