package kz.digitaledu.timetable.solver.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.fet.FetInterchange;
import kz.digitaledu.timetable.solver.internal.fet.DefaultFetInterchange;
import kz.digitaledu.timetable.solver.model.Timetable;
import org.osgi.service.component.annotations.Component;

/** FET import and export as an OSGi service. */
@Component(service = FetInterchange.class)
public class FetInterchangeComponent implements FetInterchange {
    private final DefaultFetInterchange delegate = new DefaultFetInterchange();

    @Override
    public FetImportResult read(InputStream in, String name) throws FetImportException, IOException {
        return delegate.read(in, name);
    }

    @Override
    public void writeActivitiesTimetable(Timetable timetable, OutputStream out) throws IOException {
        delegate.writeActivitiesTimetable(timetable, out);
    }

    @Override
    public void writeLockedInput(InputStream originalFet, Timetable timetable, OutputStream out) throws IOException, FetImportException {
        delegate.writeLockedInput(originalFet, timetable, out);
    }
}
