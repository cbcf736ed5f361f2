package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import vn.tayninh.dashboard.security.ui.LoginView;
import vn.tayninh.dashboard.security.ui.SecondFactorView;

/**
 * Vaadin shows a view without an access annotation to nobody; this test finds such a view at build time, and
 * any view other than the sign-in pages (the password, and the second step, which shows nothing without a password
 * waiting for it) that would be open to anonymous users.
 */
class RouteAccessTest {

    @Test
    void onlyTheSignInViewsAreOpenToAnonymousUsers() {
        List<Class<?>> views = annotatedClasses();
        List<Class<?>> signIn = List.of(LoginView.class, SecondFactorView.class);

        assertThat(views).containsAll(signIn);
        assertThat(signIn).allSatisfy(view -> assertThat(view).hasAnnotation(AnonymousAllowed.class));
        assertThat(views).filteredOn(view -> !signIn.contains(view)).allSatisfy(view -> {
            assertThat(view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(RolesAllowed.class))
                    .as("%s requires a login (@PermitAll or @RolesAllowed)", view.getName()).isTrue();
            assertThat(view.isAnnotationPresent(AnonymousAllowed.class))
                    .as("%s is open to anonymous users", view.getName()).isFalse();
        });
    }

    private static List<Class<?>> annotatedClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        return scanner.findCandidateComponents("vn.tayninh.dashboard").stream()
                .<Class<?>>map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), RouteAccessTest.class.getClassLoader()))
                .toList();
    }
}
