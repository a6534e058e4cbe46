package kz.digitaledu.platform.api;

/** Levels of the organisation tree: region → district (or city) → school or centre. */
public enum OrganisationType {
    REGION(0), DISTRICT(1), CITY(1), SCHOOL(2), CENTRE(2);

    private final int level;

    OrganisationType(int level) {
        this.level = level;
    }

    /** 0 for regions, 1 for districts and cities, 2 for schools and centres. */
    public int level() {
        return level;
    }

    /**
     * Whether an organisation of this type may be placed directly under one of {@code parent} type
     * ({@code null}: top level). Regions and cities of republican significance (Astana, Almaty,
     * Shymkent) are top level; both contain districts; a region also contains cities of regional
     * significance; schools and centres sit in any of them.
     */
    public boolean mayBeChildOf(OrganisationType parent) {
        if (parent == null) {
            return this == REGION || this == CITY;
        }
        return switch (parent) {
            case REGION -> this != REGION;
            case CITY -> this == DISTRICT || this == SCHOOL || this == CENTRE;
            case DISTRICT -> this == SCHOOL || this == CENTRE;
            case SCHOOL, CENTRE -> false;
        };
    }

    public String titleKey() {
        return "organisation.type." + name();
    }
}
