package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.coding.core.CodingService.TaskInfo;
import kz.digitaledu.platform.api.EduException;

/**
 * {@code /coding/manage}: the tasks with download, edit and delete, a Kattis package upload (checked whole by the service; a
 * bad one changes nothing) and "New task"; {@code ?edit=<id>} opens a task in the {@link TaskEditor}, {@code ?edit=} a new one.
 */
public class ManageTasksView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** The largest package the upload accepts (the service checks again). */
    static final int MAX_UPLOAD_BYTES = 64 << 20;

    public ManageTasksView() {
        setId("coding-manage");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> edit = event.getLocation().getQueryParameters().getParameters().get("edit");
        if (edit == null || edit.isEmpty()) {
            showList();
            return;
        }
        String id = edit.get(0);
        if (id.isBlank()) {
            add(new TaskEditor(null));
            return;
        }
        try {
            add(new TaskEditor(CodingUi.coding().draft(id)));
        } catch (EduException e) {
            Paragraph p = new Paragraph(CodingUi.message(e));
            p.setId("task-not-editable");
            add(p, link("← " + CodingUi.t("coding.web.manage.title"), null));
        }
    }

    static Anchor link(String text, String edit) {
        Anchor a = new Anchor(edit == null ? ManageTasksContribution.ROUTE : ManageTasksContribution.ROUTE + "?edit=" + edit, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    static void notifyError(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("coding-manage-error");
    }

    static void notifySuccess(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("coding-manage-saved");
    }

    private void refresh() {
        removeAll();
        showList();
    }

    private void showList() {
        CodingService coding = CodingUi.coding();
        H2 title = new H2(CodingUi.t("coding.web.manage.title"));
        Button create = new Button(CodingUi.t("coding.web.manage.new"), e -> UI.getCurrent().navigate(ManageTasksContribution.ROUTE + "?edit="));
        create.setId("task-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, create);

        add(new H3(CodingUi.t("coding.web.manage.upload_title")));
        add(new Paragraph(CodingUi.t("coding.web.manage.upload_help")));
        TextField id = new TextField(CodingUi.t("coding.web.manage.id_optional"));
        id.setId("task-upload-id");
        id.setWidth("22em");
        Checkbox replace = new Checkbox(CodingUi.t("coding.web.manage.replace"));
        replace.setId("task-upload-replace");
        FileBuffer buffer = new FileBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("task-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setUploadButton(new Button(CodingUi.t("coding.web.manage.upload")));
        upload.setDropLabel(new Span(CodingUi.t("coding.web.manage.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> notifyError(CodingUi.t("coding.web.manage.rejected", MAX_UPLOAD_BYTES >> 20)));
        upload.addSucceededListener(e -> {
            Path file = buffer.getFileData().getFile().toPath();
            try (InputStream in = Files.newInputStream(file)) {
                TaskInfo t = coding.uploadTask(id.getValue().strip(), in, replace.getValue());
                notifySuccess(CodingUi.t("coding.web.manage.uploaded", CodingUi.title(t.id(), t.name()), t.tests()));
                refresh();
            } catch (EduException ex) {
                notifyError(CodingUi.message(ex));
            } catch (IOException ex) {
                notifyError(CodingUi.t("coding.package.unreadable", ex.getMessage()));
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the JVM's temp folder is cleaned elsewhere
                }
                upload.getElement().executeJs("this.files = []");
            }
        });
        HorizontalLayout uploadRow = new HorizontalLayout(id, replace, upload);
        uploadRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        uploadRow.getStyle().set("flex-wrap", "wrap");
        add(uploadRow);

        add(new H3(CodingUi.t("coding.web.manage.tasks")));
        List<TaskInfo> tasks = coding.tasks();
        if (tasks.isEmpty()) {
            add(new Span(CodingUi.t("coding.web.no_tasks")));
            return;
        }
        Grid<TaskInfo> grid = new Grid<>();
        grid.setId("coding-manage-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(TaskInfo::id).setHeader(CodingUi.t("coding.web.manage.id")).setAutoWidth(true);
        grid.addColumn(t -> CodingUi.title(t.id(), t.name())).setHeader(CodingUi.t("coding.web.task")).setFlexGrow(3);
        grid.addColumn(TaskInfo::tests).setHeader(CodingUi.t("coding.web.manage.tests")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(tasks);
        add(grid);
    }

    /** The upload component's own texts (file list, progress, its errors) in the UI language. */
    static UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setCancel(CodingUi.t("coding.web.manage.cancel"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(CodingUi.t("coding.web.upload.too_many_files"))
                .setFileIsTooBig(CodingUi.t("coding.web.manage.rejected", MAX_UPLOAD_BYTES >> 20))
                .setIncorrectFileType(CodingUi.t("coding.web.manage.rejected", MAX_UPLOAD_BYTES >> 20)));
        i18n.setFile(new UploadI18N.File().setRetry(CodingUi.t("coding.web.upload.retry")).setStart(CodingUi.t("coding.web.upload.start"))
                .setRemove(CodingUi.t("coding.web.manage.remove_test")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(CodingUi.t("coding.web.upload.connecting"))
                        .setStalled(CodingUi.t("coding.web.upload.stalled")).setProcessing(CodingUi.t("coding.web.upload.processing"))
                        .setHeld(CodingUi.t("coding.web.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(CodingUi.t("coding.web.upload.remaining"))
                        .setUnknown(CodingUi.t("coding.web.upload.remaining_unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(CodingUi.t("coding.web.upload.server_unavailable"))
                        .setUnexpectedServerError(CodingUi.t("coding.web.upload.server_error"))
                        .setForbidden(CodingUi.t("coding.web.upload.forbidden"))));
        return i18n;
    }

    private Component actions(TaskInfo t) {
        Anchor edit = link(CodingUi.t("coding.web.manage.edit"), t.id());
        edit.setId("task-edit-" + t.id());
        Anchor download = new Anchor(new StreamResource(t.id() + ".zip", () -> packageOf(t.id())), CodingUi.t("coding.web.manage.download"));
        download.getElement().setAttribute("download", true);
        download.setId("task-download-" + t.id());
        Button delete = new Button(CodingUi.t("coding.web.manage.delete"), e -> confirmDelete(t));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("task-delete-" + t.id());
        HorizontalLayout row = new HorizontalLayout(edit, download, delete);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** The package for a download link; the session's user and permission are checked by the service. */
    private static InputStream packageOf(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodingUi.coding().exportTask(id, out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    private void confirmDelete(TaskInfo t) {
        Dialog dialog = new Dialog();
        dialog.setId("task-delete-dialog");
        dialog.add(new Paragraph(CodingUi.t("coding.web.manage.delete_confirm", CodingUi.title(t.id(), t.name()))));
        Button yes = new Button(CodingUi.t("coding.web.manage.delete"), e -> {
            dialog.close();
            try {
                CodingUi.coding().deleteTask(t.id());
                notifySuccess(CodingUi.t("coding.web.manage.deleted", t.id()));
                refresh();
            } catch (EduException ex) {
                notifyError(CodingUi.message(ex));
            }
        });
        yes.setId("task-delete-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(CodingUi.t("coding.web.manage.cancel"), e -> dialog.close());
        dialog.add(new HorizontalLayout(yes, no));
        dialog.open();
    }
}
