package kz.digitaledu.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or class) that an account whose password someone else chose may call before choosing its
 * own (reading itself, changing the password, signing out); every other call answers 403
 * {@code password_change_required} until then.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BeforePasswordChange {
}
