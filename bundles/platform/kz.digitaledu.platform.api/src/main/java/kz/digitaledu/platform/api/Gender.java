package kz.digitaledu.platform.api;

public enum Gender {
    MALE, FEMALE;

    public String titleKey() {
        return "gender." + name();
    }
}
