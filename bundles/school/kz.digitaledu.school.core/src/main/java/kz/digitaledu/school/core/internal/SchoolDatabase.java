package kz.digitaledu.school.core.internal;

import kz.digitaledu.platform.api.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the school's schema migrations (db/school) when the bundle starts. */
@Component(service = SchoolSchema.class, immediate = true)
public class SchoolDatabase implements SchoolSchema {
    private static final Logger LOG = LoggerFactory.getLogger(SchoolDatabase.class);

    @Activate
    public SchoolDatabase(@Reference SchemaMigrator migrator) {
        int ran = migrator.migrate("school", getClass().getClassLoader());
        LOG.info("School schema ready ({} migration(s) applied now)", ran);
    }
}
