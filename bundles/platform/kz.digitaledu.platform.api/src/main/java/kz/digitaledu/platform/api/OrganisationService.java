package kz.digitaledu.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The organisation tree. Reads are limited to what the current user may see. */
public interface OrganisationService {

    /** Permission to create and edit organisations below an organisation. */
    String MANAGE = "platform.organisations.manage";
    /** Permission to see organisations. */
    String READ = "platform.organisations.read";

    /** Creates an organisation; the current user needs {@link #MANAGE} in the parent (system administrators for top level). */
    Organisation create(NewOrganisation organisation);

    Optional<Organisation> find(long id);

    /** Every organisation the current user may see, ordered by level then name. */
    List<Organisation> list();

    /** Ids of {@code id} and all organisations below it. No access check: used by access control itself. */
    Set<Long> subtree(long id);

    /** What a client sends to create an organisation. */
    record NewOrganisation(Long parentId, OrganisationType type, String code, String nameKk, String nameRu, String nameEn) {
    }
}
