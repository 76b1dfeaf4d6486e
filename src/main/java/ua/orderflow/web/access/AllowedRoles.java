package ua.orderflow.web.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import ua.orderflow.access.Role;

/**
 * The roles that may call an endpoint of /api; the administrator always may. An /api endpoint
 * without this annotation answers 403 to everyone but the administrator: a new endpoint is closed
 * until someone decides who may use it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {
    Role[] value();
}
