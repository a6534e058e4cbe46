package kz.digitaledu.timetable.core.internal;

import kz.digitaledu.platform.api.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the Timetables component's schema migrations (db/timetable) when the bundle starts. */
@Component(service = TimetableDatabase.class, immediate = true)
public class TimetableDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(TimetableDatabase.class);

    @Activate
    public TimetableDatabase(@Reference SchemaMigrator migrator) {
        int ran = migrator.migrate("timetable", getClass().getClassLoader());
        LOG.info("Timetable schema ready ({} migration(s) applied now)", ran);
    }
}
