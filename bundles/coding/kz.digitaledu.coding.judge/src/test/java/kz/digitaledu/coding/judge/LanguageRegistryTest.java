package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.digitaledu.coding.judge.internal.lang.LanguageRegistry;

class LanguageRegistryTest {

    @Test
    void fourLanguagesShipped() throws Exception {
        LanguageRegistry r = new LanguageRegistry(null);
        assertEquals(List.of("python", "cpp", "java", "pascal"), r.all().stream().map(LanguageConfig::id).toList());
        LanguageConfig cpp = r.find("cpp").orElseThrow();
        assertTrue(cpp.compile().containsAll(List.of("-O2", "-std=c++17")));
        assertEquals("Main.java", r.find("java").orElseThrow().sourceFile());
        assertEquals("pascal", r.byFileName("check.PAS").orElseThrow().id());
        assertTrue(r.readOnlyBinds().contains("/etc/alternatives"));
    }

    @Test
    void languageAddedAndReplacedByFileWithoutCode(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("languages.json");
        Files.writeString(f, """
            {"sandbox": {"readOnlyBinds": ["/etc/extra"]},
             "languages": [
               {"id": "python", "name": "Python (isolated)", "sourceFile": "main.py", "run": ["/usr/bin/python3", "-I", "main.py"]},
               {"id": "c", "name": "C11", "sourceFile": "main.c", "extensions": ["c"],
                "compile": ["/usr/bin/gcc", "-O2", "-std=c11", "-o", "main", "main.c"], "run": ["./main"], "pids": 8}
             ]}
            """);
        LanguageRegistry r = new LanguageRegistry(f);
        assertEquals(List.of("python", "cpp", "java", "pascal", "c"), r.all().stream().map(LanguageConfig::id).toList());
        assertEquals("Python (isolated)", r.find("python").orElseThrow().name());
        assertEquals(8, r.find("c").orElseThrow().pids());
        assertTrue(r.readOnlyBinds().contains("/etc/extra") && r.readOnlyBinds().contains("/etc/alternatives"));
    }

    @Test
    void invalidFileIsRejected(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("languages.json");
        Files.writeString(f, "{\"languages\": [{\"id\": \"x\", \"sourceFile\": \"../evil\", \"run\": [\"a\"]}]}");
        assertEquals(MessageKey.LANGUAGES_INVALID, assertThrows(JudgeException.class, () -> new LanguageRegistry(f)).key());
        Files.writeString(f, "{not json");
        assertEquals(MessageKey.LANGUAGES_INVALID, assertThrows(JudgeException.class, () -> new LanguageRegistry(f)).key());
        Files.writeString(f, "{\"languages\": [{\"id\": \"x\", \"sourceFile\": \"a\", \"run\": [\"a\"], \"typo\": 1}]}");
        assertEquals(MessageKey.LANGUAGES_INVALID, assertThrows(JudgeException.class, () -> new LanguageRegistry(f)).key());
    }
}
