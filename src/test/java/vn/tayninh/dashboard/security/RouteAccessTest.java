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

/**
 * Vaadin shows a view without an access annotation to nobody; this test finds such a view at build time, and
 * any view other than the login that would be open to anonymous users.
 */
class RouteAccessTest {

    @Test
    void onlyTheLoginViewIsOpenToAnonymousUsers() {
        List<Class<?>> views = annotatedClasses();

        assertThat(views).contains(LoginView.class);
        assertThat(LoginView.class).hasAnnotation(AnonymousAllowed.class);
        assertThat(views).filteredOn(view -> view != LoginView.class).allSatisfy(view -> {
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
