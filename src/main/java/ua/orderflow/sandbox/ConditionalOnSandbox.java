package ua.orderflow.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

/**
 * Sandbox beans exist only while {@code orderflow.sandbox.enabled} is true, and never in the prod
 * profile: its admin API (reset, faults, clock) answers without a login, so no environment variable
 * may switch it on beside real shops.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "orderflow.sandbox.enabled", havingValue = "true", matchIfMissing = true)
@Profile("!prod")
public @interface ConditionalOnSandbox {
}
