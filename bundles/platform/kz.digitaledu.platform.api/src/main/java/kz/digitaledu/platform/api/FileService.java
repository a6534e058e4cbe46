package kz.digitaledu.platform.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Files that people attach (homework, applications, documents): kept on the server's disk under
 * {@code data/files} with their metadata in the database, so that a backup of both restores them.
 *
 * <p>The component that offers the upload decides who may attach and who may read: this service checks only that
 * someone is signed in, that the file is of an accepted kind (by its name and its first bytes, so a program renamed
 * to .pdf is refused), not empty and not larger than the configured maximum ({@code kz.digitaledu.platform.files},
 * {@code maxMegabytes}, default 25). A refused upload is a 422 naming the field {@code file} and leaves nothing
 * behind. Storing and deleting are audited.
 */
public interface FileService {

    /** Stores an upload for an organisation; the stream is read to its end but not closed. */
    StoredFile store(String fileName, InputStream content, long organisationId);

    Optional<StoredFile> find(long id);

    /** The content of a stored file; the caller closes it. 404 when the file is unknown or deleted. */
    InputStream open(long id);

    /** Deletes a file (its metadata is kept, marked deleted, for the audit trail). */
    void delete(long id);

    /** The largest upload accepted, in bytes. */
    long maxBytes();

    /**
     * A stored file: the name as uploaded (cleaned of paths and control characters), its media type, size, SHA-256,
     * the organisation and the account that uploaded it.
     */
    record StoredFile(long id, String name, String contentType, long size, String sha256, long organisationId,
            Long ownerAccountId, Instant createdAt) {
    }
}
