package kz.digitaledu.platform.web;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A source-code editor with syntax highlighting for every view of the shell: the shell's {@code <edu-code-editor>}
 * web component, CodeMirror 6 (MIT) in a small Lit element, built into the shell's frontend bundle (view bundles need
 * no frontend build of their own).
 *
 * <p>It is a Vaadin field: {@link #getValue()}/{@link #setValue(Object)} hold the text, {@code addValueChangeListener}
 * tells of the user's edits (sent while typing, at most every 300 ms, and when the editor loses focus),
 * {@link #setReadOnly(boolean)} makes it read-only. {@link #setLanguage(String)} chooses the highlighting:
 * {@value #PYTHON}, {@value #CPP}, {@value #JAVA}, {@value #PASCAL} (the coding school's language ids); any other
 * value shows plain text. The default height is 20em; change it with {@link #setHeight(String)}.
 */
@Tag("edu-code-editor")
@JsModule("./components/edu-code-editor.ts")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/view", version = "6.43.15")
@NpmPackage(value = "@codemirror/commands", version = "6.11.1")
@NpmPackage(value = "@codemirror/language", version = "6.13.1")
@NpmPackage(value = "@codemirror/lang-python", version = "6.2.1")
@NpmPackage(value = "@codemirror/lang-cpp", version = "6.0.3")
@NpmPackage(value = "@codemirror/lang-java", version = "6.0.2")
@NpmPackage(value = "@codemirror/legacy-modes", version = "6.5.5")
public class CodeEditor extends AbstractSinglePropertyField<CodeEditor, String>
        implements HasSize, HasStyle, Focusable<CodeEditor> {

    private static final long serialVersionUID = 1L;

    public static final String PYTHON = "python";
    public static final String CPP = "cpp";
    public static final String JAVA = "java";
    public static final String PASCAL = "pascal";

    /** An empty editor showing plain text. */
    public CodeEditor() {
        super("value", "", false);
    }

    /** An empty editor highlighting {@code language}. */
    public CodeEditor(String language) {
        this();
        setLanguage(language);
    }

    /** The highlighting: {@value #PYTHON}, {@value #CPP}, {@value #JAVA}, {@value #PASCAL}, or anything else for plain text. */
    public void setLanguage(String language) {
        getElement().setProperty("language", language == null ? "" : language);
    }

    public String getLanguage() {
        return getElement().getProperty("language", "");
    }

    /** The accessible name screen readers announce for the text area. */
    public void setLabel(String label) {
        getElement().setProperty("label", label == null ? "" : label);
    }

    public String getLabel() {
        return getElement().getProperty("label", "");
    }
}
