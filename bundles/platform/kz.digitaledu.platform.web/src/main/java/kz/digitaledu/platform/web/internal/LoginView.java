package kz.digitaledu.platform.web.internal;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;

/** Sign-in: username and password, then a TOTP code when the account has MFA. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String ROUTE = "login";

    private final TextField username = new TextField(Web.t("web.login.username"));
    private final PasswordField password = new PasswordField(Web.t("web.login.password"));
    private final TextField totp = new TextField(Web.t("web.login.totp"));
    private final Paragraph error = new Paragraph();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1(Web.t("web.app_name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        username.setId("username");
        username.setAutofocus(true);
        username.getElement().setAttribute("autocomplete", "username");
        password.setId("password");
        password.getElement().setAttribute("autocomplete", "current-password");
        totp.setId("totp");
        totp.setVisible(false);
        totp.getElement().setAttribute("autocomplete", "one-time-code");
        totp.setHelperText(Web.t("web.login.totp_help"));
        error.setId("login-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button signIn = new Button(Web.t("web.login.sign_in"), e -> signIn());
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        VerticalLayout form = new VerticalLayout(title, username, password, totp, error, signIn,
                LanguageSwitch.create());
        form.setAlignItems(FlexComponent.Alignment.STRETCH);
        form.setMaxWidth("22em");
        form.setPadding(true);
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (Web.principal().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    private void signIn() {
        error.setText("");
        String code = totp.isVisible() ? totp.getValue().trim() : null;
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            EduPrincipal p = Web.auth().authenticate(username.getValue().trim(), password.getValue().toCharArray(),
                    code, request == null ? null : request.getRemoteAddr());
            // a new session id after sign-in (no session fixation); the session and its attributes stay
            if (request instanceof VaadinServletRequest servletRequest) {
                servletRequest.getHttpServletRequest().changeSessionId();
            }
            Web.signIn(p);
            // A fresh page: the next requests run as the signed-in user, in the user's language.
            UI.getCurrent().getPage().setLocation("./");
        } catch (EduException e) {
            if ("mfa_required".equals(e.code()) && !totp.isVisible()) {
                totp.setVisible(true);
                totp.focus();
                error.setText(Web.t("web.login.totp_needed"));
            } else {
                error.setText(Web.message(e));
            }
        }
    }
}
