package ua.orderflow.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Sandbox beans exist only while {@code orderflow.sandbox.enabled} is true (off in prod). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "orderflow.sandbox.enabled", havingValue = "true", matchIfMissing = true)
public @interface ConditionalOnSandbox {
}
