package kz.digitaledu.platform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.FileService;
import kz.digitaledu.platform.core.internal.persistence.FileEntity;
import kz.digitaledu.platform.core.internal.persistence.OrganisationEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Files on disk under {@code data/files/<first two hex digits>/<uuid>} with their metadata in {@code edu_file}. An
 * upload is written to {@code data/files/incoming} while its size and SHA-256 are computed and its first bytes
 * checked, then moved into place atomically and recorded; a refused or failed upload leaves no file and no row.
 */
@Component(service = FileService.class, configurationPid = "kz.digitaledu.platform.files")
@Designate(ocd = FilesSettings.class)
public class FileServiceImpl implements FileService {
    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Path root;
    private final long maxBytes;

    @Activate
    public FileServiceImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference AuditService audit, FilesSettings settings) {
        this(new Jpa(emf), currentUser, audit, settings.directory() == null || settings.directory().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "files") : Path.of(settings.directory()),
                Math.max(1, settings.maxMegabytes()) * 1024L * 1024L);
        removeUnfinishedUploads();
    }

    /** Uploads cut off by a crash are in {@code incoming}: nothing refers to them. */
    void removeUnfinishedUploads() {
        Path incoming = root.resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (var files = Files.list(incoming)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FileServiceImpl(Jpa jpa, CurrentUser currentUser, AuditService audit, Path root, long maxBytes) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.audit = audit;
        this.root = root.toAbsolutePath();
        this.maxBytes = maxBytes;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public StoredFile store(String fileName, InputStream content, long organisationId) {
        EduPrincipal me = currentUser.require();
        String name = cleanName(fileName);
        if (name == null) {
            throw EduException.invalid("file", "validation.file_name");
        }
        if (content == null) {
            throw EduException.invalid("file", "validation.file_empty");
        }
        if (jpa.read(em -> em.find(OrganisationEntity.class, organisationId)) == null) {
            throw EduException.invalid("organisationId", "validation.organisation_unknown");
        }
        String key = UUID.randomUUID().toString().replace("-", "");
        Path incoming = root.resolve("incoming").resolve(key);
        Path target = path(key);
        try {
            Files.createDirectories(incoming.getParent());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[FileKinds.HEAD];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > maxBytes) {
                        throw EduException.invalid("file", "validation.file_too_large", String.valueOf(maxBytes / (1024 * 1024)));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw EduException.invalid("file", "validation.file_empty");
            }
            FileKinds.Kind kind = FileKinds.of(name, java.util.Arrays.copyOf(head, headLength))
                    .orElseThrow(() -> EduException.invalid("file", "validation.file_type", FileKinds.accepted()));
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            long bytes = size;
            String digest = HexFormat.of().formatHex(sha.digest());
            StoredFile stored;
            try {
                stored = jpa.tx(em -> {
                    FileEntity f = new FileEntity();
                    f.storageKey = key;
                    f.name = name;
                    f.contentType = kind.contentType();
                    f.size = bytes;
                    f.sha256 = digest;
                    f.organisationId = organisationId;
                    f.ownerAccountId = me.accountId() > 0 ? me.accountId() : null;
                    f.createdAt = Instant.now();
                    em.persist(f);
                    em.flush();
                    return f.toApi();
                });
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            audit.record("file.store", "file", stored.id(), organisationId, null,
                    Map.of("name", name, "size", bytes, "sha256", digest, "contentType", kind.contentType()));
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload in " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException e) {
                // left for the next start's clean-up
            }
        }
    }

    private Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** The last part of an uploaded name, without control characters, at most 255 characters (keeping the extension); null if nothing is left. */
    static String cleanName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name;
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(jpa.read(em -> {
            FileEntity f = em.find(FileEntity.class, id);
            return f == null || f.deletedAt != null ? null : f.toApi();
        }));
    }

    @Override
    public InputStream open(long id) {
        String key = jpa.read(em -> {
            FileEntity f = em.find(FileEntity.class, id);
            return f == null || f.deletedAt != null ? null : f.storageKey;
        });
        if (key == null) {
            throw EduException.notFound("file", id);
        }
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw EduException.notFound("file", id);
        }
    }

    @Override
    public void delete(long id) {
        currentUser.require();
        FileEntity[] deleted = new FileEntity[1];
        jpa.run(em -> {
            FileEntity f = em.find(FileEntity.class, id);
            if (f == null || f.deletedAt != null) {
                throw EduException.notFound("file", id);
            }
            f.deletedAt = Instant.now();
            deleted[0] = f;
        });
        try {
            Files.deleteIfExists(path(deleted[0].storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("file.delete", "file", id, deleted[0].organisationId,
                Map.of("name", deleted[0].name, "sha256", deleted[0].sha256), null);
    }
}
