package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneRepository;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class DemoAccountsTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneRepository communes;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void oneAccountPerProvincialRoleAndOneEditorPerCommune() {
        List<AppUser> all = users.findAll();
        assertThat(all).hasSize(99);
        Map<String, Role> roles = all.stream().collect(Collectors.toMap(AppUser::getUsername, AppUser::getRole));
        assertThat(roles).containsEntry("admin", Role.ADMIN)
                .containsEntry("bantochuc", Role.BOARD)
                .containsEntry("lanhdao", Role.LEADER);
        assertThat(all).filteredOn(user -> user.getRole() == Role.COMMUNE_EDITOR).hasSize(96)
                .allSatisfy(editor -> assertThat(editor.getCommune().getCode()).isEqualTo(editor.getUsername()));
        assertThat(all).filteredOn(user -> user.getRole() != Role.COMMUNE_EDITOR)
                .allSatisfy(user -> assertThat(user.getCommune()).isNull());

        Map<Long, Long> editorsPerCommune = all.stream().filter(user -> user.getCommune() != null)
                .collect(Collectors.groupingBy(user -> user.getCommune().getId(), Collectors.counting()));
        assertThat(editorsPerCommune.keySet())
                .containsExactlyInAnyOrderElementsOf(communes.findAll().stream().map(Commune::getId).toList());
        assertThat(editorsPerCommune.values()).containsOnly(1L);
    }

    @Test
    void editorsAreNamedAfterTheirCommune() {
        AppUser editor = users.findByUsername("phuong-tan-ninh").orElseThrow();
        assertThat(editor.getDisplayName()).isEqualTo("Cán bộ Phường Tân Ninh");
        assertThat(editor.getCommune().getName()).isEqualTo("Phường Tân Ninh");
    }

    @Test
    void everyAccountIsAnEnabledDemoAccountWithTheHashedDemoPassword() {
        assertThat(users.findAll()).allSatisfy(user -> {
            assertThat(user.isDemo()).isTrue();
            assertThat(user.isEnabled()).isTrue();
            assertThat(user.getPasswordHash()).startsWith("{bcrypt}").isNotEqualTo("demo123");
            assertThat(passwordEncoder.matches("demo123", user.getPasswordHash())).isTrue();
            assertThat(passwordEncoder.matches("demo124", user.getPasswordHash())).isFalse();
        });
    }

    @Test
    void runningAgainRecreatesOnlyWhatIsMissing() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        admin.setDisplayName("Renamed by an administrator");
        users.delete(users.findByUsername("xa-hung-dien").orElseThrow());
        users.flush();

        demoAccounts.run();
        demoAccounts.run();

        Map<String, AppUser> byName = users.findAll().stream()
                .collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        assertThat(byName).hasSize(99).containsKey("xa-hung-dien");
        assertThat(byName.get("admin").getDisplayName()).isEqualTo("Renamed by an administrator");
    }
}
