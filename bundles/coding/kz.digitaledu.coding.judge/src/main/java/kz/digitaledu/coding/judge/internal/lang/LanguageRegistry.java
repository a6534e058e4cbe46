package kz.digitaledu.coding.judge.internal.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.LanguageConfig;
import kz.digitaledu.coding.judge.MessageKey;

/**
 * Languages from {@code languages.json}: the file shipped in the bundle, then (optionally) an operator file
 * whose languages replace those with the same id or are added, and whose read-only binds are added.
 */
public final class LanguageRegistry {
    public static final String DEFAULT_RESOURCE = "/kz/digitaledu/coding/judge/languages.json";

    /** The JSON document. */
    public record LanguagesFile(Sandbox sandbox, List<LanguageConfig> languages) {
    }

    /** Sandbox part of the JSON document. */
    public record Sandbox(List<String> readOnlyBinds) {
    }

    private final Map<String, LanguageConfig> byId = new LinkedHashMap<>();
    private final List<String> readOnlyBinds = new ArrayList<>();

    public LanguageRegistry(Path overrideFile) throws JudgeException {
        try (InputStream in = LanguageRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new JudgeException(MessageKey.LANGUAGES_INVALID, DEFAULT_RESOURCE, "missing");
            }
            add(parse(in.readAllBytes(), DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new JudgeException(MessageKey.LANGUAGES_INVALID, e, DEFAULT_RESOURCE, e.getMessage());
        }
        if (overrideFile != null) {
            try {
                add(parse(Files.readAllBytes(overrideFile), overrideFile.toString()));
            } catch (IOException e) {
                throw new JudgeException(MessageKey.LANGUAGES_INVALID, e, overrideFile, e.getMessage());
            }
        }
    }

    private static LanguagesFile parse(byte[] json, String origin) throws JudgeException {
        LanguagesFile f;
        try {
            f = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(json, LanguagesFile.class);
        } catch (IOException e) {
            throw new JudgeException(MessageKey.LANGUAGES_INVALID, e, origin, firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new JudgeException(MessageKey.LANGUAGES_INVALID, e, origin, String.valueOf(e.getMessage()));
        }
        if (f == null || f.languages() == null) {
            throw new JudgeException(MessageKey.LANGUAGES_INVALID, origin, "no \"languages\"");
        }
        for (LanguageConfig l : f.languages()) {
            if (l.id() == null || !l.id().matches("[a-z0-9_+-]{1,32}")) {
                throw new JudgeException(MessageKey.LANGUAGES_INVALID, origin, "bad id " + l.id());
            }
            if (l.sourceFile() == null || !l.sourceFile().matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new JudgeException(MessageKey.LANGUAGES_INVALID, origin, l.id() + ": bad sourceFile " + l.sourceFile());
            }
            if (l.run().isEmpty()) {
                throw new JudgeException(MessageKey.LANGUAGES_INVALID, origin, l.id() + ": empty run command");
            }
        }
        return f;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void add(LanguagesFile f) {
        for (LanguageConfig l : f.languages()) {
            byId.put(l.id(), l);
        }
        if (f.sandbox() != null && f.sandbox().readOnlyBinds() != null) {
            LinkedHashSet<String> set = new LinkedHashSet<>(readOnlyBinds);
            set.addAll(f.sandbox().readOnlyBinds());
            readOnlyBinds.clear();
            readOnlyBinds.addAll(set);
        }
    }

    public Optional<LanguageConfig> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The language whose extensions include that of the file name (for custom checkers). */
    public Optional<LanguageConfig> byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(l -> l.extensions().stream().anyMatch(e -> lower.endsWith("." + e))).findFirst();
    }

    public List<LanguageConfig> all() {
        return List.copyOf(byId.values());
    }

    public List<String> readOnlyBinds() {
        return List.copyOf(readOnlyBinds);
    }
}
