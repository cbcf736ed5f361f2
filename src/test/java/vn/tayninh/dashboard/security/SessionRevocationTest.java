package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;

/**
 * A signed-in session ends at its next request once the administrator disabled the account, reset its password or
 * changed its role or commune, and the sign-in page is told why; other changes leave it signed in. Production mode,
 * as in {@link SecurityHttpTest}: a page request is forwarded to Vaadin, which MockMvc only records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SessionRevocationTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAdministration administration;
    @Autowired
    CommuneService communes;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    OwnAccount ownAccount;

    @Test
    void disablingEndsTheSessionAtTheNextRequestWithTheReason() throws Exception {
        AppUser leader = account(Role.LEADER, null);
        MockHttpSession session = signIn(leader);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        asAdmin(() -> administration.setEnabled(leader.getId(), version(leader), false));

        MvcResult next = mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login")).andReturn();
        assertThat(session.isInvalid()).isTrue();
        assertThat(next.getRequest().getSession(false).getAttribute(SignInReason.ATTRIBUTE))
                .isEqualTo(SignInReason.REVOKED);
    }

    @Test
    void aPasswordResetEndsTheSession() throws Exception {
        assertEnds(leader -> administration.resetPassword(leader.getId(), "Sen-trang-2026"));
    }

    @Test
    void aRoleChangeEndsTheSession() throws Exception {
        assertEnds(leader -> administration.update(leader.getId(), version(leader),
                new AccountForm(null, "Lãnh đạo", Role.BOARD, null, null)));
    }

    @Test
    void aCommuneChangeEndsTheEditorsSession() throws Exception {
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        AppUser editor = account(Role.COMMUNE_EDITOR, tanNinh);
        MockHttpSession session = signIn(editor);

        asAdmin(() -> administration.update(editor.getId(), version(editor),
                new AccountForm(null, "Văn thư", Role.COMMUNE_EDITOR, hungDien, null)));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aNewNameOrEnablingAnotherAccountKeepsTheSession() throws Exception {
        AppUser leader = account(Role.LEADER, null);
        AppUser other = account(Role.LEADER, null);
        MockHttpSession session = signIn(leader);

        asAdmin(() -> administration.update(leader.getId(), version(leader),
                new AccountForm(null, "Tên mới", Role.LEADER, null, null)));
        asAdmin(() -> administration.setEnabled(other.getId(), version(other), false));

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void signingInAgainAfterAResetOpensAWorkingSession() throws Exception {
        AppUser leader = account(Role.LEADER, null);
        MockHttpSession old = signIn(leader);
        asAdmin(() -> administration.resetPassword(leader.getId(), "Sen-trang-2026"));
        mvc.perform(get("/").session(old)).andExpect(redirectedUrl("/login"));

        MvcResult again = mvc.perform(formLogin("/login").user(leader.getUsername()).password("Sen-trang-2026"))
                .andExpect(redirectedUrl("/")).andReturn();

        mvc.perform(get("/").session((MockHttpSession) again.getRequest().getSession(false)))
                .andExpect(status().isOk());
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        AppUser leader = account(Role.LEADER, null);
        MockHttpSession here = signIn(leader);
        MockHttpSession elsewhere = signIn(leader);

        // the change is made in the first session, as its page would make it
        SecurityContext context = (SecurityContext) here.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            ownAccount.changePassword("secret2026", "Sen-trang-2026", "Sen-trang-2026");
        } finally {
            SecurityContextHolder.setContext(before);
        }

        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        assertThat(here.isInvalid()).isFalse();
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login"));
        assertThat(elsewhere.isInvalid()).isTrue();
        mvc.perform(formLogin("/login").user(leader.getUsername()).password("Sen-trang-2026"))
                .andExpect(redirectedUrl("/"));
    }

    private void assertEnds(Consumer<AppUser> change) throws Exception {
        AppUser leader = account(Role.LEADER, null);
        MockHttpSession session = signIn(leader);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        asAdmin(() -> change.accept(leader));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    private AppUser account(Role role, Long communeId) {
        AppUser account = new AppUser("revoked-" + NEXT.incrementAndGet(), passwordEncoder.encode("secret2026"),
                "Người dùng", role, communeId == null ? null : communes.findById(communeId).orElseThrow());
        return users.saveAndFlush(account);
    }

    private long version(AppUser account) {
        return users.findById(account.getId()).orElseThrow().getVersion();
    }

    private MockHttpSession signIn(AppUser account) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(account.getUsername()).password("secret2026"))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static void asAdmin(Runnable work) {
        TestUsers.callAs(Role.ADMIN, null, () -> {
            work.run();
            return null;
        });
    }
}
