package kz.digitaledu.school.web.internal;

import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.school.api.SchoolStructureService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.school.api.DiaryService;
import kz.digitaledu.school.api.JournalService;

/**
 * The services and texts of the school screens. Vaadin creates views by reflection (no DS injection), so the view
 * contributions hand their injected services over here while they are active.
 */
final class SchoolUi {
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static volatile JournalService journal;
    private static volatile DiaryService diary;
    private static volatile Translator translator;
    private static volatile StructureServices structure;

    /** What the class-timetable screen uses. */
    record StructureServices(SchoolStructureService structure, OrganisationService organisations, AccessControl access,
            CurrentUser currentUser) {
    }

    private SchoolUi() {
    }

    static void setJournal(JournalService j, Translator t) {
        journal = j;
        if (t != null) {
            translator = t;
        }
    }

    static void setDiary(DiaryService d, Translator t) {
        diary = d;
        if (t != null) {
            translator = t;
        }
    }

    static void setStructure(StructureServices s, Translator t) {
        structure = s;
        if (t != null) {
            translator = t;
        }
    }

    static StructureServices structure() {
        StructureServices s = structure;
        if (s == null) {
            throw new IllegalStateException("school structure screens not active");
        }
        return s;
    }

    static JournalService journal() {
        JournalService j = journal;
        if (j == null) {
            throw new IllegalStateException("school journal screens not active");
        }
        return j;
    }

    static DiaryService diary() {
        DiaryService d = diary;
        if (d == null) {
            throw new IllegalStateException("school diary screens not active");
        }
        return d;
    }

    /** The UI language the shell chose for this UI (the user's choice, else the browser's). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return Translator.supported(ui == null ? null : ui.getLocale());
    }

    static String t(String key, Object... args) {
        Translator tr = translator;
        return tr == null ? key : tr.translate(locale(), key, args);
    }

    /** The message of a service error in the UI language; for invalid input, the message of each wrong field. */
    static String message(EduException e) {
        if (!e.fieldErrors().isEmpty()) {
            return e.fieldErrors().stream().map(f -> t(f.messageKey(), f.args().toArray())).collect(Collectors.joining(" "));
        }
        return t(e.messageKey(), e.args().toArray());
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The schools in which the signed-in user has {@code permission}. */
    static java.util.List<kz.digitaledu.platform.api.Organisation> schoolsWith(String permission) {
        StructureServices s = structure();
        java.util.Optional<kz.digitaledu.platform.api.EduPrincipal> me = s.currentUser().get();
        if (me.isEmpty()) {
            return java.util.List.of();
        }
        return s.organisations().list().stream().filter(o -> o.type() == kz.digitaledu.platform.api.OrganisationType.SCHOOL)
                .filter(o -> s.access().isPermitted(me.get(), permission, o.id())).toList();
    }

    /** The school choice of a screen: the schools named in the UI language, shown only when there is more than one. */
    static void schoolSelect(com.vaadin.flow.component.select.Select<kz.digitaledu.platform.api.Organisation> school, String id,
            java.util.List<kz.digitaledu.platform.api.Organisation> schools) {
        String language = locale().getLanguage();
        school.setId(id);
        school.setLabel(t("school.web.tt.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(o -> o.name(language));
        school.setVisible(schools.size() > 1);
    }

    /** A date field with its id, label and first value, in the UI language. */
    static void datePicker(com.vaadin.flow.component.datepicker.DatePicker picker, String id, String labelKey, java.time.LocalDate value) {
        picker.setId(id);
        picker.setLabel(t(labelKey));
        picker.setLocale(locale());
        picker.setValue(value);
    }

    /** The school-year choice of a screen: its id, the label and the years' names ("—" for none). */
    static void yearSelect(com.vaadin.flow.component.select.Select<kz.digitaledu.school.api.SchoolYear> year, String id) {
        year.setId(id);
        year.setLabel(t("school.web.tt.year"));
        year.setItemLabelGenerator(y -> y == null ? "—" : y.name());
    }

    /** The school's years in a select, the one of today chosen (else the latest). */
    static void showYears(com.vaadin.flow.component.select.Select<kz.digitaledu.school.api.SchoolYear> year, long schoolId) {
        java.util.List<kz.digitaledu.school.api.SchoolYear> years = structure().structure().years(schoolId);
        year.setItems(years);
        java.time.LocalDate today = java.time.LocalDate.now();
        year.setValue(years.stream().filter(y -> !today.isBefore(y.startDate()) && !today.isAfter(y.endDate())).findFirst()
                .orElse(years.isEmpty() ? null : years.get(years.size() - 1)));
    }

    /** What to do with an uploaded file's content. */
    @FunctionalInterface
    interface UploadHandler {
        void accept(String fileName, java.io.InputStream content);
    }

    /**
     * An upload of one file at a time: the file goes to a temporary file, {@code handler} reads it (its service
     * errors are shown by the handler), then the temporary file is deleted and the upload's list cleared.
     */
    static com.vaadin.flow.component.upload.Upload upload(String id, String buttonKey, int maxBytes, UploadHandler handler,
            String... acceptedTypes) {
        com.vaadin.flow.component.upload.receivers.FileBuffer buffer = new com.vaadin.flow.component.upload.receivers.FileBuffer();
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(buffer);
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        if (acceptedTypes.length > 0) {
            upload.setAcceptedFileTypes(acceptedTypes);
        }
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(t(buttonKey)));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(t("school.web.files.drop")));
        upload.addFileRejectedListener(e -> error(t("school.web.files.too_large", maxBytes >> 20)));
        upload.addSucceededListener(e -> {
            java.nio.file.Path file = buffer.getFileData().getFile().toPath();
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                handler.accept(e.getFileName(), in);
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            } finally {
                upload.getElement().executeJs("this.files = []");
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file
                }
            }
        });
        return upload;
    }
}
