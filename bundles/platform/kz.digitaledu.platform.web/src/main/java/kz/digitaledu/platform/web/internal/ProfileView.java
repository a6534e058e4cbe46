package kz.digitaledu.platform.web.internal;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.Contacts;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.UserAccount;

/** My profile: change the password, e-mail and phone for notifications, enrol the TOTP authenticator (QR code). */
public class ProfileView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final VerticalLayout mfa = new VerticalLayout();

    public ProfileView() {
        EduPrincipal me = Web.principal().orElseThrow();
        add(new H3(me.displayName() + " (" + me.username() + ")"));

        PasswordField current = new PasswordField(Web.t("web.profile.current_password"));
        current.setId("current-password");
        PasswordField next = new PasswordField(Web.t("web.profile.new_password"));
        next.setId("new-password");
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", next, "password", next);
        Button change = new Button(Web.t("web.profile.change_password"), e -> {
            Forms.clear(fields);
            try {
                Web.users().changeOwnPassword(current.getValue().toCharArray(), next.getValue().toCharArray());
                current.clear();
                next.clear();
                Forms.success(Web.t("web.profile.password_changed"));
            } catch (EduException ex) {
                Forms.show(ex, fields);
            }
        });
        change.setId("change-password");
        FormLayout pw = new FormLayout(current, next);
        add(new H3(Web.t("web.profile.password")));
        if (Web.auth().passwordChangeRequired(me.accountId())) {
            com.vaadin.flow.component.html.Paragraph why = new com.vaadin.flow.component.html.Paragraph(Web.t("web.password_change_required"));
            why.setId("password-change-required");
            why.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            add(why);
        }
        add(pw, change);

        addContacts(me);

        add(new H3(Web.t("web.profile.mfa")), mfa);
        mfa.setPadding(false);
        boolean enabled = Web.users().find(me.accountId()).map(UserAccount::mfaEnabled).orElse(false);
        showMfa(enabled);
    }

    /** E-mail address and mobile number, and whether notifications may go there (once the gateways are configured). */
    private void addContacts(EduPrincipal me) {
        Contacts saved = Web.users().contacts(me.accountId());
        TextField email = new TextField(Web.t("web.profile.email"));
        email.setId("contact-email");
        email.setValue(saved.email() == null ? "" : saved.email());
        email.setPlaceholder("name@example.kz");
        TextField phone = new TextField(Web.t("web.profile.phone"));
        phone.setId("contact-phone");
        phone.setValue(saved.phone() == null ? "" : saved.phone());
        phone.setPlaceholder("+7 701 234 56 78");
        Checkbox byEmail = new Checkbox(Web.t("web.profile.notify_email"), saved.byEmail());
        byEmail.setId("contact-by-email");
        Checkbox bySms = new Checkbox(Web.t("web.profile.notify_sms"), saved.bySms());
        bySms.setId("contact-by-sms");
        Map<String, TextField> fields = Map.of("email", email, "phone", phone);
        Button save = new Button(Web.t("web.profile.contacts_save"), e -> {
            Forms.clear(fields);
            try {
                Contacts now = Web.users().setContacts(me.accountId(),
                        new Contacts(email.getValue(), phone.getValue(), byEmail.getValue(), bySms.getValue()));
                email.setValue(now.email() == null ? "" : now.email());
                phone.setValue(now.phone() == null ? "" : now.phone());
                Forms.success(Web.t("web.profile.contacts_saved"));
            } catch (EduException ex) {
                Forms.show(ex, fields);
            }
        });
        save.setId("contacts-save");
        add(new H3(Web.t("web.profile.contacts")), new Paragraph(Web.t("web.profile.contacts_hint")),
                new FormLayout(email, phone, byEmail, bySms), save);
    }

    private void showMfa(boolean enabled) {
        mfa.removeAll();
        mfa.add(new Paragraph(Web.t(enabled ? "web.profile.mfa_on" : "web.profile.mfa_off")));
        Button enrol = new Button(Web.t(enabled ? "web.profile.mfa_reenrol" : "web.profile.mfa_enrol"), e -> enrol());
        enrol.setId("mfa-enrol");
        mfa.add(enrol);
    }

    private void enrol() {
        AuthService.TotpEnrolment enrolment;
        try {
            enrolment = Web.auth().beginTotpEnrolment();
        } catch (EduException ex) {
            Forms.error(Web.message(ex));
            return;
        }
        mfa.removeAll();
        byte[] png = enrolment.qrPng();
        Image qr = new Image(new StreamResource("totp-qr.png", () -> new ByteArrayInputStream(png)),
                Web.t("web.profile.mfa_qr"));
        qr.setId("mfa-qr");
        qr.setWidth("200px");
        TextField secret = new TextField(Web.t("web.profile.mfa_secret"));
        secret.setValue(enrolment.secret());
        secret.setReadOnly(true);
        secret.setId("mfa-secret");
        secret.setWidth("24em");
        TextField code = new TextField(Web.t("web.login.totp"));
        code.setId("mfa-code");
        Button confirm = new Button(Web.t("web.profile.mfa_confirm"), e -> {
            try {
                Web.auth().confirmTotp(code.getValue().trim());
                Forms.success(Web.t("web.profile.mfa_confirmed"));
                showMfa(true);
            } catch (EduException ex) {
                Forms.show(ex, Map.of("code", code));
            }
        });
        confirm.setId("mfa-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mfa.add(new Paragraph(Web.t("web.profile.mfa_scan")), qr, secret, code, confirm);
    }
}
