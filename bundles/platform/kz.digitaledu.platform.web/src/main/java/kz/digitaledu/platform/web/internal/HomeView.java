package kz.digitaledu.platform.web.internal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The start page. */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public HomeView() {
        H2 welcome = new H2(Web.t("web.home.welcome", Web.principal().map(p -> p.displayName()).orElse("")));
        welcome.setId("welcome");
        add(welcome, new Paragraph(Web.t("web.home.text")));
    }
}
