package vn.tayninh.dashboard;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context of the JVM the same security-context holder strategy.
 *
 * <p>Vaadin makes one {@link VaadinAwareSecurityContextHolderStrategy} per application context, each with a thread
 * local of its own, and installs it as Spring Security's global strategy when the context starts. The application runs
 * one context, so that is right there; but the test suite caches several (other properties, other ports), and once a
 * second one has started, the filters of the first keep writing the signed-in user into the first strategy while
 * {@code AuthenticationContext} reads the global one: services in the first context then see nobody signed in. One
 * strategy for all contexts keeps each test's sign-in where its services look for it.
 */
public class OneSecurityContextStrategy implements ContextCustomizerFactory {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** Registers the shared strategy before the auto-configuration would make one (it backs off when one exists). */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy", SHARED);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
