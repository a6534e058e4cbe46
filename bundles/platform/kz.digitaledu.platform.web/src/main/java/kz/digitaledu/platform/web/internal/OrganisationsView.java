package kz.digitaledu.platform.web.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import kz.digitaledu.platform.api.Organisation;

/** The organisations the signed-in user may see. */
public class OrganisationsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public OrganisationsView() {
        setSizeFull();
        String lang = Web.locale().getLanguage();
        List<Organisation> all = Web.organisations().list();
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Grid<Organisation> grid = new Grid<>();
        grid.setId("organisations-grid");
        grid.addColumn(o -> o.name(lang)).setHeader(Web.t("web.organisations.name")).setFlexGrow(2);
        grid.addColumn(o -> Web.t("organisation.type." + o.type().name())).setHeader(Web.t("web.organisations.type"))
                .setAutoWidth(true);
        grid.addColumn(Organisation::code).setHeader(Web.t("web.organisations.code")).setAutoWidth(true);
        grid.addColumn(o -> o.parentId() == null || !byId.containsKey(o.parentId()) ? ""
                : byId.get(o.parentId()).name(lang)).setHeader(Web.t("web.organisations.parent"));
        grid.setItems(all);
        add(grid);
        setFlexGrow(1, grid);
    }
}
