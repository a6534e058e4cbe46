package kz.digitaledu.platform.web.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;

import kz.digitaledu.platform.web.ViewContribution;

/**
 * The main layout: header (drawer toggle, title, language switch, user, sign-out) and a drawer menu built on every
 * navigation from the contributed views the user may see. The drawer becomes an overlay on a phone (AppLayout).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final VerticalLayout menu = new VerticalLayout();
    private final H1 title = new H1();
    private final NotificationBell bell = new NotificationBell();

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        title.setId("page-title");
        Span user = new Span(Web.principal().map(p -> p.displayName()).orElse(""));
        user.setId("current-user");
        user.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Button signOut = new Button(Web.t("web.sign_out"), new Icon(VaadinIcon.SIGN_OUT), e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout right = new HorizontalLayout(LanguageSwitch.create(), bell, user, signOut);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, right);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(header);

        Span brand = new Span(Web.t("web.app_name"));
        brand.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)");
        menu.setPadding(false);
        menu.setSpacing(false);
        menu.setId("menu");
        addToDrawer(brand, menu);
    }

    /** Views that poll (a timetable being solved) keep the bell current too. */
    private com.vaadin.flow.shared.Registration polls;

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        polls = event.getUI().addPollListener(p -> bell.refresh());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (polls != null) {
            polls.remove();
            polls = null;
        }
        super.onDetach(event);
    }

    private static void signOut() {
        Web.signOut();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.refresh();
        menu.removeAll();
        menu.add(link(Web.t("web.home"), VaadinIcon.HOME.create(), HomeView.class, ""));
        String path = event.getLocation().getPath();
        String current = "web.home";
        for (ViewContribution v : OsgiVaadinServlet.menu()) {
            Icon icon = icon(v.icon());
            menu.add(link(Web.t(v.titleKey()), icon, v.viewClass(), v.route()));
            if (v.route().equals(path)) {
                current = v.titleKey();
            }
        }
        title.setText(Web.t(current));
        getUI().ifPresent(ui -> ui.getPage().setTitle(title.getText() + " · " + Web.t("web.app_name")));
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    private static Icon icon(String name) {
        try {
            return name == null ? VaadinIcon.FILE.create() : VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException e) {
            return VaadinIcon.FILE.create();
        }
    }

    private static Component link(String text, Icon icon, Class<? extends Component> target, String route) {
        RouterLink link = new RouterLink();
        link.setRoute(target);
        icon.getStyle().set("margin-right", "var(--lumo-space-s)").set("width", "var(--lumo-icon-size-s)");
        link.add(icon, new Span(text));
        link.setId("menu-" + (route.isEmpty() ? "home" : route.replace('/', '-')));
        link.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("display", "flex")
                .set("align-items", "center");
        return link;
    }
}
