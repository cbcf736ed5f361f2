package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.commune.CommuneRepository;

@SpringBootTest
@ActiveProfiles("test")
class AuthenticatedUserTest {

    @Autowired
    AuthenticatedUser authenticatedUser;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    CommuneRepository communes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousHasNoUser() {
        assertThat(authenticatedUser.get()).isEmpty();
        assertThatThrownBy(authenticatedUser::require).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void communeEditorKnowsTheirCommune() {
        signIn("phuong-tan-ninh");

        CurrentUser user = authenticatedUser.require();

        assertThat(user.username()).isEqualTo("phuong-tan-ninh");
        assertThat(user.displayName()).isEqualTo("Cán bộ Phường Tân Ninh");
        assertThat(user.role()).isEqualTo(Role.COMMUNE_EDITOR);
        assertThat(user.communeId()).isEqualTo(communes.findByCode("phuong-tan-ninh").orElseThrow().getId());
    }

    @Test
    void provincialUserHasNoCommune() {
        signIn("bantochuc");

        assertThat(authenticatedUser.get()).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(Role.BOARD);
            assertThat(user.communeId()).isNull();
        });
    }

    private void signIn(String username) {
        UserDetails details = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
