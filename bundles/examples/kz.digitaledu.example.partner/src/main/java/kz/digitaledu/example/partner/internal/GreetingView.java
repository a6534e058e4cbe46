package kz.digitaledu.example.partner.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import kz.digitaledu.platform.api.i18n.Translator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The example's screen: a greeting built from plain Flow components (no frontend build of its own), in the
 * language the user chose in the shell.
 */
public class GreetingView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    public GreetingView() {
        H2 title = new H2(tr("example.view.title"));
        title.setId("example-greeting-title");
        add(title, new Paragraph(tr("example.view.text")));
    }

    /** Vaadin creates views itself, so the view asks the OSGi registry for the platform's Translator. */
    private static String tr(String key) {
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        BundleContext context = FrameworkUtil.getBundle(GreetingView.class).getBundleContext();
        ServiceReference<Translator> ref = context == null ? null : context.getServiceReference(Translator.class);
        if (ref == null) {
            return key;
        }
        try {
            return context.getService(ref).translate(locale, key);
        } finally {
            context.ungetService(ref);
        }
    }
}
