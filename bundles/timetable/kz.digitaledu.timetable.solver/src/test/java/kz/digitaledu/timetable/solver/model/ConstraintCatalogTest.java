package kz.digitaledu.timetable.solver.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import kz.digitaledu.timetable.solver.internal.SolverConfigs;
import kz.digitaledu.timetable.solver.internal.score.TimetableConstraintProvider;

/** The catalogue, the weights, the constraint provider and the kk/ru/en translations must agree. */
class ConstraintCatalogTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConstraintCatalogTest.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/l10n/timetable-messages" + suffix + ".properties")) {
            assertTrue(in != null, "missing messages file for '" + suffix + "'");
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_en", "_ru", "_kk", ""})
    void everyMessageKeyIsTranslated(String suffix) throws IOException {
        Properties lang = load(suffix);
        Set<String> required = new TreeSet<>();
        for (TimetableConstraint c : TimetableConstraint.values()) {
            required.add(c.messageKey());
        }
        required.addAll(load("_en").stringPropertyNames()); // feasibility and import keys
        for (String other : List.of("_ru", "_kk")) {
            required.addAll(load(other).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (String key : required) {
            String v = lang.getProperty(key);
            if (v == null || v.isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys missing in timetable-messages" + suffix);
    }

    @Test
    void translationsAreNotCopiesOfEnglish() throws IOException {
        Properties en = load("_en");
        for (String lang : List.of("_ru", "_kk")) {
            Properties p = load(lang);
            long same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(p.getProperty(k))).count();
            assertEquals(0, same, lang + " has untranslated entries");
        }
    }

    @Test
    void atLeast25ConstraintsAndEveryOneHasAWeightAndIsDefined() {
        assertTrue(TimetableConstraint.values().length >= 25);
        TimetableConstraintConfiguration cfg = new TimetableConstraintConfiguration();
        Set<String> weights = cfg.weights().keySet();
        Set<String> catalogue = Arrays.stream(TimetableConstraint.values()).map(TimetableConstraint::constraintName)
                .collect(Collectors.toSet());
        assertEquals(catalogue, weights);
        for (TimetableConstraint c : TimetableConstraint.values()) {
            HardSoftLongScore w = cfg.weight(c.constraintName());
            assertEquals(c.hardByDefault(), w.hardScore() > 0, c.name());
            assertFalse(w.isZero(), c.name());
        }
        // the provider defines exactly the catalogued constraints
        DefaultSolverFactory<Timetable> factory = (DefaultSolverFactory<Timetable>) SolverFactory.<Timetable>create(SolverConfigs.scoring());
        Set<String> defined = new HashSet<>();
        var scoreDirectorFactory = (org.optaplanner.constraint.streams.common.AbstractConstraintStreamScoreDirectorFactory<Timetable, ?>)
                factory.getScoreDirectorFactory();
        for (Constraint c : scoreDirectorFactory.getConstraints()) {
            assertTrue(defined.add(c.getConstraintName()), "defined twice: " + c.getConstraintName());
        }
        assertEquals(catalogue, defined);
    }

    @Test
    void weightsCanBeChangedAndRejectNegatives() {
        TimetableConstraintConfiguration cfg = new TimetableConstraintConfiguration()
                .withWeight(TimetableConstraint.TEACHER_GAPS, HardSoftLongScore.ofSoft(5));
        assertEquals(HardSoftLongScore.ofSoft(5), cfg.weight(ConstraintNames.TEACHER_GAPS));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> cfg.withWeight(ConstraintNames.TEACHER_GAPS, HardSoftLongScore.ofSoft(-1)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> cfg.withWeight("No such constraint", HardSoftLongScore.ONE_SOFT));
    }

    @SuppressWarnings("unused")
    private static Constraint[] unused(ConstraintFactory f) {
        return new TimetableConstraintProvider().defineConstraints(f);
    }
}
