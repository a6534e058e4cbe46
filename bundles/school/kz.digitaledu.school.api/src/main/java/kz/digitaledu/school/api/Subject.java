package kz.digitaledu.school.api;

/** A school subject with its names in Kazakh, Russian and English. */
public record Subject(long id, long organisationId, String code, String nameKk, String nameRu, String nameEn) {

    public String name(String language) {
        String n = switch (language == null ? "" : language) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
        return n == null || n.isBlank() ? (nameRu != null ? nameRu : nameKk) : n;
    }
}
