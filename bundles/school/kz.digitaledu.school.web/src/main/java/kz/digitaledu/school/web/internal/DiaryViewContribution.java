package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.DiaryService;
import kz.digitaledu.school.api.SchoolPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The diary in the shell's menu: for students (their own) and parents (their children's). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class DiaryViewContribution implements ViewContribution {
    static final String ROUTE = "diary";

    @Activate
    public DiaryViewContribution(@Reference DiaryService diary, @Reference Translator translator) {
        SchoolUi.setDiary(diary, translator);
    }

    @Deactivate
    void deactivate() {
        SchoolUi.setDiary(null, null);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.diary.menu";
    }

    @Override
    public String icon() {
        return "OPEN_BOOK";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.DIARY_READ;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DiaryView.class;
    }

    @Override
    public int order() {
        return 31;
    }
}
