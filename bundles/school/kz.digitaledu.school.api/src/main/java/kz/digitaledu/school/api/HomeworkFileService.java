package kz.digitaledu.school.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Files attached to a lesson's homework (a worksheet, a presentation, a recording), stored by the platform's
 * {@link kz.digitaledu.platform.api.FileService}. The teacher who keeps the lesson (or substitutes it) attaches and
 * removes them; those who read the class's journal, the students of the class on that day and their parents read
 * them. At most {@link #MAX_PER_LESSON} per lesson.
 */
public interface HomeworkFileService {
    int MAX_PER_LESSON = 10;

    /** Attaches an upload to a lesson; a file the platform refuses (kind, size) is a 422 naming {@code file}. */
    Attachment attach(long lessonId, String fileName, InputStream content);

    /** The lesson's files, oldest first. */
    List<Attachment> list(long lessonId);

    /** One file's name, type and content; the caller closes the stream. */
    Download open(long lessonId, long attachmentId);

    /** Removes a file from the lesson (and from the server). */
    void detach(long lessonId, long attachmentId);

    record Attachment(long id, long lessonId, String name, String contentType, long size, Instant addedAt) {
    }

    record Download(Attachment attachment, InputStream content) {
    }
}
