package ua.orderflow.access;

/** The people Order Flow knows, each an engine group of the same id (README "Roles"). */
public enum Role {
    ADMIN("camunda-admin", "Адміністратор"),
    MANAGER("managers", "Менеджер"),
    SUPERVISOR("supervisors", "Супервізор"),
    ANALYST("analysts", "Аналітик"),
    STOREKEEPER("storekeepers", "Комірник");

    private final String group;
    private final String title;

    Role(String group, String title) {
        this.group = group;
        this.title = title;
    }

    public String group() {
        return group;
    }

    /** The role's name as a person reads it in an error message. */
    public String title() {
        return title;
    }
}
