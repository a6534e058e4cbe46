package kz.digitaledu.timetable.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.timetable.core.FetUploads;
import kz.digitaledu.timetable.solver.internal.fet.DefaultFetInterchange;
import org.junit.jupiter.api.Test;

class FetUploadsTest {

    @Test
    void aMistakeFarDownALongFileNamesItsLineWithoutDigitGrouping() {
        StringBuilder fet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">\n");
        for (int i = 0; i < 1300; i++) {
            fet.append("<!-- padding -->\n");
        }
        fet.append("<Days_List>\n");
        EduException e = assertThrows(EduException.class,
                () -> FetUploads.read(new DefaultFetInterchange(), fet.toString().getBytes(StandardCharsets.UTF_8)));
        EduException.FieldError first = e.fieldErrors().get(0);
        String line = first.args().get(0).toString();
        assertEquals(first.field(), "line " + line);
        // as the translator formats it: "Line 1303", not "Line 1,303"
        String text = new MessageFormat("Line {0}: {1}", Locale.ENGLISH).format(first.args().toArray());
        assertEquals("Line " + line + ": " + first.args().get(1), text);
        assertEquals(true, Integer.parseInt(line) > 1000, line);
    }
}
