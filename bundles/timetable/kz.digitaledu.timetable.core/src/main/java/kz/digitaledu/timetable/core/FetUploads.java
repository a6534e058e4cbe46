package kz.digitaledu.timetable.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.fet.FetInterchange;

/** Reading an uploaded {@code .fet} file the same way everywhere: size limit, line-numbered translated errors. */
public final class FetUploads {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private FetUploads() {
    }

    /** The body of an upload, refused (422, nothing read further) when empty or larger than {@link #MAX_BYTES}. */
    public static byte[] body(InputStream in) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw EduException.invalid("file", "timetable.fet_unreadable");
        }
        return checkSize(bytes);
    }

    static byte[] checkSize(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw EduException.invalid("file", "validation.required");
        }
        if (bytes.length > MAX_BYTES) {
            throw EduException.invalid("file", "timetable.fet_too_large", MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }

    /** Validates the whole file and builds the problem; a bad file gives a 422 with (at most 50) line-numbered errors. */
    public static FetImportResult read(FetInterchange fet, byte[] bytes) {
        checkSize(bytes);
        try {
            return fet.read(new ByteArrayInputStream(bytes), "upload.fet");
        } catch (FetImportException e) {
            throw EduException.invalid(e.getErrors().stream().limit(50)
                    .map(err -> new EduException.FieldError("line " + err.line(), "timetable.fet_error", List.of(String.valueOf(err.line()), err.message())))
                    .toList());
        } catch (IOException e) {
            throw EduException.invalid("file", "timetable.fet_unreadable");
        }
    }
}
