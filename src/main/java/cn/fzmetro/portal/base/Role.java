package cn.fzmetro.portal.base;

/** The portal's roles; each lands on its own home after login. */
public enum Role {
    APPLICANT("my-cases"),
    CLERK("window/queue"),
    SUPERVISOR("window/queue"),
    OFFICER("authority/queue"),
    ADMIN("admin/catalog");

    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String CLERK_NAME = "CLERK";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String ADMIN_NAME = "ADMIN";

    private final String home;

    Role(String home) {
        this.home = home;
    }

    /** Route of the role's home view, relative to the context root. */
    public String home() {
        return home;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
