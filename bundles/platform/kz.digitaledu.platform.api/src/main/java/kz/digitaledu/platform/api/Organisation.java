package kz.digitaledu.platform.api;

/**
 * An organisation: a region, a district or city education department, a school or a centre.
 *
 * @param id       database id
 * @param parentId the enclosing organisation, {@code null} for a top-level region or city
 * @param type     its level
 * @param code     short unique code (BIN or an internal code)
 * @param nameKk   name in Kazakh
 * @param nameRu   name in Russian
 * @param nameEn   name in English (may repeat the Latin transliteration)
 */
public record Organisation(long id, Long parentId, OrganisationType type, String code,
        String nameKk, String nameRu, String nameEn) {

    /** The name in the given language ("kk", "ru" or anything else for English), falling back to any name present. */
    public String name(String language) {
        String preferred = switch (language == null ? "" : language) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return nameRu != null && !nameRu.isBlank() ? nameRu : nameKk != null && !nameKk.isBlank() ? nameKk : nameEn;
    }
}
