package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SubstitutionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Substitutions in the menu of those who manage the school (director, deputies). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class SubstitutionsViewContribution implements ViewContribution {
    static final String ROUTE = "substitutions";

    private static volatile SubstitutionService substitutions;
    private static volatile PersonDirectory persons;

    @Activate
    public SubstitutionsViewContribution(@Reference SubstitutionService substitutions, @Reference PersonDirectory persons) {
        SubstitutionsViewContribution.substitutions = substitutions;
        SubstitutionsViewContribution.persons = persons;
    }

    @Deactivate
    void deactivate() {
        substitutions = null;
        persons = null;
    }

    static SubstitutionService substitutions() {
        SubstitutionService s = substitutions;
        if (s == null) {
            throw new IllegalStateException("substitutions screen not active");
        }
        return s;
    }

    static PersonDirectory persons() {
        PersonDirectory p = persons;
        if (p == null) {
            throw new IllegalStateException("substitutions screen not active");
        }
        return p;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.subst.menu";
    }

    @Override
    public String icon() {
        return "EXCHANGE";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.STRUCTURE_MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SubstitutionsView.class;
    }

    @Override
    public int order() {
        return 36;
    }
}
