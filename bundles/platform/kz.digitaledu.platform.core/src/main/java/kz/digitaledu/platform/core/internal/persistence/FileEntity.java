package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import kz.digitaledu.platform.api.FileService.StoredFile;

/** The metadata of a stored file; its bytes are in data/files/{@link #storageKey}. */
@Entity
@Table(name = "edu_file")
public class FileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "storage_key", nullable = false, unique = true)
    public String storageKey;
    @Column(nullable = false)
    public String name;
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Column(nullable = false)
    public String sha256;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    @Column(name = "owner_account_id")
    public Long ownerAccountId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "deleted_at")
    public Instant deletedAt;

    public StoredFile toApi() {
        return new StoredFile(id, name, contentType, size, sha256, organisationId, ownerAccountId, createdAt);
    }
}
