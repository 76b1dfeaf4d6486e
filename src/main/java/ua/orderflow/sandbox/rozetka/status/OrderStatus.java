package ua.orderflow.sandbox.rozetka.status;

/** One row of ROZETKA's status table: names in three languages, its group, and whether a seller must give a TTN. */
public record OrderStatus(int id, int group, boolean needsTtn, String nameUk, String nameRu, String nameEn) {

    public static final int GROUP_PROCESSING = 1;
    public static final int GROUP_SUCCESS = 2;
    public static final int GROUP_FAILED = 3;

    public boolean isFinal() {
        return group == GROUP_SUCCESS || group == GROUP_FAILED;
    }

    /** Colours as the seller cabinet paints the groups. */
    public String color() {
        return switch (group) {
            case GROUP_SUCCESS -> "#00a046";
            case GROUP_FAILED -> "#f84147";
            default -> "#3e77aa";
        };
    }
}
