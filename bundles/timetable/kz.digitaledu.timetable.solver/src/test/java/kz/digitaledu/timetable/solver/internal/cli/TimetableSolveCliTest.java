package kz.digitaledu.timetable.solver.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimetableSolveCliTest {

    @Test
    void solvesFetFileAndPrintsOneResultLine(@TempDir Path dir) throws Exception {
        Path fet = dir.resolve("school.fet");
        try (InputStream in = getClass().getResourceAsStream("/fet/small-school.fet")) {
            Files.copy(in, fet);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = TimetableSolveCli.run(new String[] {"--fet", fet.toString(), "--seconds", "10", "--unimproved-seconds", "2",
                "--out", dir.resolve("out").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = out.toString(StandardCharsets.UTF_8).trim();
        assertEquals(0, rc, line + err);
        assertEquals(1, line.lines().count());
        assertTrue(line.startsWith("instance=school activities=10 supported=no first_zero_hard_s="), line);
        assertTrue(line.contains(" hard=0 soft=-90 fet_soft_penalty=0.90 "), line);
        assertTrue(line.contains("unmapped_hard=TeacherMaxSpanPerDay:1"), line);
        assertTrue(Files.readString(dir.resolve("out/school_activities.xml")).contains("<Activities_Timetable>"));
        assertTrue(Files.readString(dir.resolve("out/school_data_and_timetable.fet")).contains("<Permanently_Locked>"));
    }

    @Test
    void importErrorsGoToStderrWithLineNumbers(@TempDir Path dir) throws Exception {
        Path fet = dir.resolve("bad.fet");
        Files.writeString(fet, "<?xml version=\"1.0\"?>\n<fet>\n<Days_List>\n</Days_List>\n</fet>\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = TimetableSolveCli.run(new String[] {"--fet", fet.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(fet + ":3: no days"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("result=import-error"));
    }
}
