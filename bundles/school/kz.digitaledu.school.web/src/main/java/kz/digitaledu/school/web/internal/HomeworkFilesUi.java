package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.HomeworkFileService;
import kz.digitaledu.school.api.HomeworkFileService.Attachment;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The homework files of a lesson on the screens: download links (in the lesson dialog and the diary) and, for the
 * teacher who keeps the lesson, an upload and a remove button. Holds the service for the views while it runs.
 */
@org.osgi.service.component.annotations.Component(service = HomeworkFilesUi.class, immediate = true)
public class HomeworkFilesUi {
    /** The upload's own limit; the platform refuses larger files anyway (its maxMegabytes). */
    static final int MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

    private static volatile HomeworkFileService service;

    @Activate
    public HomeworkFilesUi(@Reference HomeworkFileService files) {
        service = files;
    }

    @Deactivate
    void deactivate() {
        service = null;
    }

    static HomeworkFileService service() {
        HomeworkFileService s = service;
        if (s == null) {
            throw new IllegalStateException("homework files not active");
        }
        return s;
    }

    /** A download link for one file, named as uploaded; the file is read when the link is followed. */
    static Anchor link(Attachment a) {
        StreamResource resource = new StreamResource(a.name(), () -> service().open(a.lessonId(), a.id()).content());
        resource.setContentType(a.contentType());
        Anchor link = new Anchor(resource, a.name() + " (" + size(a.size()) + ")");
        link.getElement().setAttribute("download", true);
        link.addClassName("edu-homework-file");
        link.getElement().setAttribute("data-file-id", String.valueOf(a.id()));
        return link;
    }

    static String size(long bytes) {
        return bytes < 1024 ? SchoolUi.t("school.web.files.bytes", String.valueOf(bytes))
                : bytes < 1024 * 1024 ? SchoolUi.t("school.web.files.kb", String.valueOf(Math.round(bytes / 1024.0)))
                : SchoolUi.t("school.web.files.mb", String.format(SchoolUi.locale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /** The files of a lesson with, when {@code writable}, remove buttons and an upload. */
    static Component section(long lessonId, boolean writable) {
        Div box = new Div();
        box.setId("lesson-files");
        box.setWidthFull();
        fill(box, lessonId, writable);
        return box;
    }

    private static void fill(Div box, long lessonId, boolean writable) {
        box.removeAll();
        Span title = new Span(SchoolUi.t("school.web.files.title"));
        title.getStyle().set("font-weight", "600");
        box.add(title);
        List<Attachment> files;
        try {
            files = service().list(lessonId);
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        if (files.isEmpty()) {
            Div none = new Div();
            none.setText(SchoolUi.t("school.web.files.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            box.add(none);
        }
        for (Attachment a : files) {
            Div row = new Div(link(a));
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
            if (writable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    try {
                        service().detach(lessonId, a.id());
                        fill(box, lessonId, true);
                    } catch (EduException x) {
                        SchoolUi.error(SchoolUi.message(x));
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label", SchoolUi.t("school.web.files.remove", a.name()));
                remove.getElement().setAttribute("title", SchoolUi.t("school.web.files.remove", a.name()));
                remove.addClassName("edu-homework-file-remove");
                row.add(remove);
            }
            box.add(row);
        }
        if (writable && files.size() < HomeworkFileService.MAX_PER_LESSON) {
            Upload upload = SchoolUi.upload("lesson-file-upload", "school.web.files.attach", MAX_UPLOAD_BYTES, (name, in) -> {
                try {
                    Attachment added = service().attach(lessonId, name, in);
                    SchoolUi.success(SchoolUi.t("school.web.files.attached", added.name()));
                    fill(box, lessonId, true);
                } catch (EduException x) {
                    SchoolUi.error(x.fieldErrors().isEmpty() ? SchoolUi.message(x)
                            : SchoolUi.t(x.fieldErrors().get(0).messageKey(), x.fieldErrors().get(0).args().toArray()));
                }
            });
            box.add(upload);
        }
    }
}
