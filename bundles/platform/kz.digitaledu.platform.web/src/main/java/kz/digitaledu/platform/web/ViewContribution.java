package kz.digitaledu.platform.web;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * A view that a bundle adds to the Vaadin shell. Register an implementation as an OSGi service (for example a DS
 * {@code @Component(service = ViewContribution.class)}); the shell adds the route and the menu entry while the service
 * is registered and removes both when it goes away (bundle stopped or uninstalled).
 *
 * <p>The view class must be a Vaadin {@link Component} with a public no-argument constructor. It may use every
 * vaadin-core component (their JavaScript is in the shell's frontend bundle) but no own {@code @JsModule}/npm add-on.
 */
public interface ViewContribution {

    /** The route, without a leading slash, for example {@code "timetable"} or {@code "coding/tasks"}. */
    String route();

    /** The translation key of the menu entry and page title (contributed through the {@code Edu-Translations} header). */
    String titleKey();

    /** The name of a {@code com.vaadin.flow.component.icon.VaadinIcon} constant, for example {@code "USERS"}; may be null. */
    String icon();

    /**
     * The permission a user needs in at least one organisation to see the menu entry and open the view, or null when
     * every signed-in user may open it.
     */
    String requiredPermission();

    /**
     * The permissions any one of which (in at least one organisation) lets a user see the menu entry and open the view;
     * by default just {@link #requiredPermission()}, and an empty set (every signed-in user) when that is null. Override
     * it for a view that several roles reach through different permissions, e.g. a journal that teachers keep and the
     * director reads.
     */
    default Set<String> anyOfPermissions() {
        String p = requiredPermission();
        return p == null ? Set.of() : Set.of(p);
    }

    /** The view. */
    Class<? extends Component> viewClass();

    /** Position in the menu: smaller first. */
    default int order() {
        return 100;
    }
}
