package kz.digitaledu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeEditorTest {

    @Test
    void theServerSetsValueLanguageAndReadOnlyAsPropertiesOfTheWebComponent() {
        CodeEditor editor = new CodeEditor(CodeEditor.PASCAL);
        assertEquals("edu-code-editor", editor.getElement().getTag());
        assertEquals("pascal", editor.getLanguage());
        assertEquals("", editor.getValue());

        List<ComponentValueChangeEvent<CodeEditor, String>> events = new ArrayList<>();
        editor.addValueChangeListener(events::add);
        editor.setValue("begin writeln(1) end.");
        assertEquals("begin writeln(1) end.", editor.getElement().getProperty("value"));
        assertEquals(1, events.size());
        assertFalse(events.get(0).isFromClient());

        editor.setLanguage(CodeEditor.PYTHON);
        assertEquals("python", editor.getElement().getProperty("language"));
        editor.setReadOnly(true);
        assertTrue(editor.isReadOnly());
        assertTrue(editor.getElement().getProperty("readonly", false));
        editor.setLabel("Program");
        assertEquals("Program", editor.getElement().getProperty("label"));
    }

    @Test
    void anEditInTheBrowserIsAValueChangeFromTheClient() throws Exception {
        CodeEditor editor = new CodeEditor(CodeEditor.CPP);
        List<ComponentValueChangeEvent<CodeEditor, String>> events = new ArrayList<>();
        editor.addValueChangeListener(events::add);
        // what Flow does when the element fires "value-changed" with a new "value" property
        editor.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", "int main(){}").run();
        assertEquals("int main(){}", editor.getValue());
        assertEquals(1, events.size());
        assertTrue(events.get(0).isFromClient());
        assertEquals("", events.get(0).getOldValue());
    }

    @Test
    void theWebComponentIsInTheShellsFrontendSources() {
        String module = CodeEditor.class.getAnnotation(JsModule.class).value();
        assertTrue(module.startsWith("./"), module);
        Path source = Path.of("frontend").resolve(module.substring(2));
        assertTrue(Files.isRegularFile(source), "missing " + source.toAbsolutePath());
    }
}
