package vn.tayninh.dashboard.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener whose events are kept in the event publication registry until it returns without an exception
 * ({@code spring.modulith.events.registry-trigger-annotation} names this annotation, so no other listener's events
 * are written there). It runs after the commit, on the mail thread.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async(NoticeMail.THREAD)
@TransactionalEventListener
public @interface KeptUntilSent {
}
