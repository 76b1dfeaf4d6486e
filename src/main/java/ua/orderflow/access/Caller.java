package ua.orderflow.access;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who made a request and in which groups, as the authentication filter found them. It travels as a
 * request attribute, so that the web layer decides what a caller may do without knowing the engine.
 */
public record Caller(String userId, Set<String> groups) {

    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean isAdmin() {
        return groups.contains(Role.ADMIN.group());
    }

    /** An admin may do everything any role may. */
    public boolean hasAnyOf(Role... roles) {
        return isAdmin() || Arrays.stream(roles).anyMatch(r -> groups.contains(r.group()));
    }

    public static String titles(Role... roles) {
        return Arrays.stream(roles).map(r -> "«" + r.title() + "»").collect(Collectors.joining(", "));
    }
}
