package ua.orderflow.sandbox.rozetka.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a Seller API handler for call counting and fault rules ("orders.search"…), and says whether
 * it needs a Bearer token (every call but the login does).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SellerEndpoint {

    String value();

    boolean authenticated() default true;
}
