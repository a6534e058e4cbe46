package kz.digitaledu.school.web.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.digitaledu.school.api.SchoolYear;

/** Which term a journal opens on. */
final class Terms {
    private Terms() {
    }

    /** The term that contains {@code today}; else the latest that has started; else the first. */
    static Optional<SchoolYear.Term> defaultTerm(List<SchoolYear.Term> terms, LocalDate today) {
        if (terms == null || terms.isEmpty()) {
            return Optional.empty();
        }
        return terms.stream().filter(t -> t.contains(today)).findFirst()
                .or(() -> terms.stream().filter(t -> !t.startDate().isAfter(today)).max(Comparator.comparing(SchoolYear.Term::startDate)))
                .or(() -> terms.stream().min(Comparator.comparing(SchoolYear.Term::startDate)));
    }
}
