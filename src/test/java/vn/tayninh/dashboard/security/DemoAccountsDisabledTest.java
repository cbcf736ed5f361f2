package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.commune.CommuneRepository;

@SpringBootTest(properties = "app.demo-accounts=false")
@ActiveProfiles("test")
class DemoAccountsDisabledTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneRepository communes;
    @Autowired
    ApplicationContext context;

    @Test
    void noAccountIsCreated() {
        assertThat(communes.count()).isEqualTo(96);
        assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
        assertThat(users.count()).isZero();
    }
}
