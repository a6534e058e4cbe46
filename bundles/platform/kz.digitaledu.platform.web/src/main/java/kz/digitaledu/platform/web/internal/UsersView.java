package kz.digitaledu.platform.web.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;

/** The users of the organisations the signed-in user may see, and a form to create one. */
public class UsersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField username = new TextField(Web.t("web.users.username"));
    private final PasswordField password = new PasswordField(Web.t("web.users.password"));
    private final TextField lastName = new TextField(Web.t("web.users.last_name"));
    private final TextField firstName = new TextField(Web.t("web.users.first_name"));
    private final TextField middleName = new TextField(Web.t("web.users.middle_name"));
    private final TextField iin = new TextField(Web.t("web.users.iin"));
    private final DatePicker birthDate = new DatePicker(Web.t("web.users.birth_date"));
    private final Select<Gender> gender = new Select<>();
    private final Select<Organisation> organisation = new Select<>();
    private final Select<Role> role = new Select<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public UsersView() {
        setSizeFull();
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(Web.t("web.users.username")).setAutoWidth(true);
        grid.addColumn(a -> a.person() == null ? "" : a.person().fullName()).setHeader(Web.t("web.users.name"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.grants().stream().map(g -> Web.t(g.role().titleKey())).distinct()
                .collect(Collectors.joining(", "))).setHeader(Web.t("web.users.roles"));
        grid.addColumn(a -> a.mfaEnabled() ? Web.t("web.yes") : Web.t("web.no")).setHeader(Web.t("web.users.mfa"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.locked() ? Web.t("web.yes") : Web.t("web.no")).setHeader(Web.t("web.users.locked"))
                .setAutoWidth(true);
        grid.setMinHeight("15em");
        add(grid);
        setFlexGrow(1, grid);

        EduPrincipal me = Web.principal().orElseThrow();
        Set<Long> manageable = Web.access().organisationsWith(me, UserService.MANAGE);
        if (!manageable.isEmpty()) {
            add(form(me, manageable));
        }
        refresh();
    }

    private VerticalLayout form(EduPrincipal me, Set<Long> manageable) {
        String lang = Web.locale().getLanguage();
        List<Organisation> orgs = Web.organisations().list().stream().filter(o -> manageable.contains(o.id()))
                .sorted(Comparator.comparing(o -> o.name(lang))).toList();
        organisation.setLabel(Web.t("web.users.organisation"));
        organisation.setItems(orgs);
        organisation.setItemLabelGenerator(o -> o.name(lang));
        me.grants().stream().map(g -> g.organisationId()).filter(manageable::contains).findFirst()
                .flatMap(id -> orgs.stream().filter(o -> o.id() == id).findFirst()).ifPresent(organisation::setValue);
        if (organisation.isEmpty() && !orgs.isEmpty()) {
            organisation.setValue(orgs.get(0));
        }
        role.setLabel(Web.t("web.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> Web.t(r.titleKey()));
        role.setValue(Role.TEACHER);
        gender.setLabel(Web.t("web.users.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> g == null ? "" : Web.t("gender." + g.name()));
        gender.setEmptySelectionAllowed(true);

        fields.put("username", username);
        fields.put("password", password);
        fields.put("lastName", lastName);
        fields.put("firstName", firstName);
        fields.put("middleName", middleName);
        fields.put("iin", iin);
        fields.put("birthDate", birthDate);
        fields.put("gender", gender);
        fields.put("organisationId", organisation);
        fields.put("role", role);
        username.setId("new-username");
        password.setId("new-password");
        lastName.setId("new-last-name");
        firstName.setId("new-first-name");
        middleName.setId("new-middle-name");
        iin.setId("new-iin");
        birthDate.setId("new-birth-date");
        role.setId("new-role");

        FormLayout form = new FormLayout(username, password, lastName, firstName, middleName, iin, birthDate, gender,
                organisation, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        Button create = new Button(Web.t("web.users.create"), e -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout box = new VerticalLayout(new H3(Web.t("web.users.new")), form, create);
        box.setPadding(false);
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void create() {
        Forms.clear(fields);
        try {
            UserAccount created = Web.users().create(new UserService.NewUser(blankToNull(username.getValue()),
                    password.getValue(), Web.locale().getLanguage(), blankToNull(iin.getValue()),
                    blankToNull(lastName.getValue()), blankToNull(firstName.getValue()),
                    blankToNull(middleName.getValue()), null, null, birthDate.getValue(), gender.getValue(),
                    organisation.isEmpty() ? null : organisation.getValue().id(), role.getValue()));
            Forms.success(Web.t("web.users.created", created.username()));
            username.clear();
            password.clear();
            lastName.clear();
            firstName.clear();
            middleName.clear();
            iin.clear();
            birthDate.clear();
            gender.clear();
            refresh();
        } catch (EduException e) {
            Forms.show(e, fields);
        }
    }

    private void refresh() {
        grid.setItems(Web.users().list(null));
    }
}
