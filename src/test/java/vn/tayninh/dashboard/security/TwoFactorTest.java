package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tayninh.dashboard.AuthenticatorApp.code;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.security.TwoFactor.Outcome;
import vn.tayninh.dashboard.security.TwoFactor.Result;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;

/**
 * The second sign-in step on hand-made accounts, with the codes computed here from RFC 6238 (HMAC-SHA1 of the
 * 30-second step, dynamic truncation), not by the library the product uses: who is asked, setting the app up, a code
 * taken once, recovery codes taken once, the locks after wrong codes, an old or changed password, the
 * administrator's reset, and nothing opened while the code is awaited.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FixedClockConfig.class)
class TwoFactorTest {

    @Autowired
    TwoFactor twoFactor;
    @Autowired
    SecondFactorRule rule;
    @Autowired
    UserAdministration administration;
    @Autowired
    OwnAccount own;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuthenticatedUser authenticatedUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    vn.tayninh.dashboard.base.Translations translations;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** RFC 6238, appendix B, the SHA-1 rows (the key "12345678901234567890"), cut to six digits. */
    @Test
    void theCodesAreThoseOfTheStandard() {
        String key = new Base32().encodeToString("12345678901234567890".getBytes()).replace("=", "");
        assertThat(key).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(at(59).matchingStep(key, "287082")).hasValue(1);
        assertThat(at(1111111109).matchingStep(key, "081804")).hasValue(37037036);
        assertThat(at(1234567890).matchingStep(key, "005924")).hasValue(41152263);
        // the app's clock may be one step off either way, not two
        assertThat(at(1234567890 + 30).matchingStep(key, "005924")).hasValue(41152263);
        assertThat(at(1234567890 - 30).matchingStep(key, "005924")).hasValue(41152263);
        assertThat(at(1234567890 + 60).matchingStep(key, "005924")).isEmpty();
        // spaces are forgiven; anything but six digits is no code
        assertThat(at(59).matchingStep(key, "287 082")).hasValue(1);
        assertThat(at(59).matchingStep(key, "28708")).isEmpty();
        assertThat(at(59).matchingStep(key, "2870822")).isEmpty();
        assertThat(at(59).matchingStep(key, "abcdef")).isEmpty();
        assertThat(at(59).matchingStep(key, null)).isEmpty();
    }

    @Test
    void boardAndAdministratorAccountsAreAskedDemoAndOtherAccountsOnlyWithAnApp() {
        AppUser board = account("bantochuc.hai", Role.BOARD);
        AppUser leader = account("lanhdao.hai", Role.LEADER);
        Instant now = FixedClockConfig.NOW;
        assertThat(rule.asks(new AppUserDetails(board, now))).isTrue();
        assertThat(rule.asks(new AppUserDetails(account("quantri.hai", Role.ADMIN), now))).isTrue();
        assertThat(rule.asks(new AppUserDetails(leader, now))).isFalse();
        AppUser demoBoard = users.findByUsername("bantochuc").orElseThrow();
        assertThat(demoBoard.isDemo()).isTrue();
        assertThat(rule.asks(new AppUserDetails(demoBoard, now))).isFalse();

        // a leader who sets an app up for themselves is asked from then on
        TwoFactor.Setup setup = twoFactor.newSetup(leader.getUsername());
        List<String> recovery = TestUsers.callAs(leader, () -> twoFactor.setUp(setup, code(setup.key(), now)));
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[2-9a-z]{4}-[2-9a-z]{4}")).doesNotHaveDuplicates();
        assertThat(rule.asks(new AppUserDetails(users.findById(leader.getId()).orElseThrow(), now))).isTrue();
        // and may turn it off again; the board may not
        TestUsers.callAs(leader, () -> {
            twoFactor.turnOff();
            return null;
        });
        assertThat(users.findById(leader.getId()).orElseThrow().hasAuthenticatorApp()).isFalse();
        assertThatThrownBy(() -> TestUsers.callAs(board, () -> {
            twoFactor.turnOff();
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("bắt buộc đăng nhập hai bước");
    }

    @Test
    void theFirstSignInSetsTheAppUpAndShowsTenRecoveryCodes() {
        AppUser board = account("bantochuc.mot", Role.BOARD);
        waiting(board, FixedClockConfig.NOW.minusSeconds(20));
        assertThat(twoFactor.waiting()).hasValue("bantochuc.mot");
        assertThat(twoFactor.waitingHasApp()).isFalse();
        // nothing opens while the code is awaited: the services see nobody
        assertThat(authenticatedUser.get()).isEmpty();
        assertThatThrownBy(own::profile).isInstanceOf(AccessDeniedException.class);

        TwoFactor.Setup setup = twoFactor.newSetup(board.getUsername());
        assertThat(setup.key()).matches("[A-Z2-7]{32}");
        assertThat(setup.address()).isEqualTo("otpauth://totp/Can%20bo%20Tay%20Ninh:bantochuc.mot?secret="
                + setup.key() + "&issuer=Can%20bo%20Tay%20Ninh&algorithm=SHA1&digits=6&period=30");
        MockHttpServletRequest request = new MockHttpServletRequest();
        String sessionBefore = request.getSession().getId();

        Result wrong = twoFactor.setUpAndSignIn(setup, "000000".equals(code(setup.key(), FixedClockConfig.NOW))
                ? "111111" : "000000", request);
        assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG_CODE);
        assertThat(users.findById(board.getId()).orElseThrow().hasAuthenticatorApp()).isFalse();

        Result result = twoFactor.setUpAndSignIn(setup, code(setup.key(), FixedClockConfig.NOW), request);

        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(result.recoveryCodes()).hasSize(10);
        AppUser stored = users.findById(board.getId()).orElseThrow();
        assertThat(stored.hasAuthenticatorApp()).isTrue();
        assertThat(stored.getFactorFailures()).isZero();
        assertThat(request.getSession().getId()).isNotEqualTo(sessionBefore);
        SecurityContext saved = (SecurityContext) request.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved.getAuthentication().isAuthenticated()).isTrue();
        assertThat(saved.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_BOARD");
        assertThat(authenticatedUser.get()).map(CurrentUser::username).hasValue("bantochuc.mot");
        assertThat(jdbc.queryForList("SELECT old_value || ' → ' || new_value FROM audit_entry WHERE entity = 'USER'"
                + " AND field = 'twoFactor' AND entity_id = ?", String.class, board.getId()))
                .containsExactly("chưa bật → đã bật");
    }

    @Test
    void aCodeIsTakenOnceAndARecoveryCodeOnce() {
        AppUser board = account("bantochuc.hai.ma", Role.BOARD);
        TwoFactor.Setup setup = twoFactor.newSetup(board.getUsername());
        // the app set up at 09:58:00 with the code of that step
        Instant earlier = FixedClockConfig.NOW.minus(Duration.ofMinutes(2));
        List<String> recovery = setUpAt(board, setup, earlier);

        waiting(board, FixedClockConfig.NOW);
        String now = code(setup.key(), FixedClockConfig.NOW);
        assertThat(twoFactor.signIn(now, new MockHttpServletRequest()).outcome()).isEqualTo(Outcome.SIGNED_IN);
        // the same code again, by whoever saw it over the shoulder: refused
        waiting(board, FixedClockConfig.NOW);
        assertThat(twoFactor.signIn(now, new MockHttpServletRequest()).outcome()).isEqualTo(Outcome.WRONG_CODE);
        // the code of the step before now is older than the one taken: refused too
        assertThat(twoFactor.signIn(code(setup.key(), FixedClockConfig.NOW.minusSeconds(30)),
                new MockHttpServletRequest()).outcome()).isEqualTo(Outcome.WRONG_CODE);

        // a recovery code, typed in capitals without its dash, works once
        String typed = recovery.get(3).replace("-", "").toUpperCase();
        waiting(board, FixedClockConfig.NOW);
        assertThat(twoFactor.signIn(typed, new MockHttpServletRequest()).outcome()).isEqualTo(Outcome.SIGNED_IN);
        waiting(board, FixedClockConfig.NOW);
        assertThat(twoFactor.signIn(recovery.get(3), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.WRONG_CODE);
        assertThat(TestUsers.callAs(board, twoFactor::state)).isEqualTo(new TwoFactor.State(true, true, 9));

        // new recovery codes: the old ones are worth nothing
        List<String> renewed = TestUsers.callAs(board, twoFactor::renewRecoveryCodes);
        waiting(board, FixedClockConfig.NOW);
        assertThat(twoFactor.signIn(recovery.get(4), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.WRONG_CODE);
        assertThat(twoFactor.signIn(renewed.get(0), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void fiveWrongCodesLockForFifteenMinutesAndTwentyDisableTheAccount() {
        AppUser board = account("bantochuc.sai", Role.BOARD);
        TwoFactor.Setup setup = twoFactor.newSetup(board.getUsername());
        setUpAt(board, setup, FixedClockConfig.NOW.minus(Duration.ofMinutes(5)));
        String wrong = wrongCode(setup.key());

        waiting(board, FixedClockConfig.NOW);
        for (int i = 1; i <= 4; i++) {
            assertThat(twoFactor.signIn(wrong, new MockHttpServletRequest()).outcome()).isEqualTo(Outcome.WRONG_CODE);
        }
        Result fifth = twoFactor.signIn(wrong, new MockHttpServletRequest());
        assertThat(fifth.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(FixedClockConfig.NOW.plus(Duration.ofMinutes(15)));
        // while locked even the right code is refused, and counts nothing
        assertThat(twoFactor.signIn(code(setup.key(), FixedClockConfig.NOW), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.LOCKED);
        assertThat(users.findById(board.getId()).orElseThrow().getFactorFailures()).isEqualTo(5);

        // the wrong codes in a row are not forgotten by the lock: at twenty the account is disabled
        for (int round = 0; round < 3; round++) {
            jdbc.update("UPDATE app_user SET locked_until = NULL WHERE id = ?", board.getId());
            for (int i = 1; i <= 5; i++) {
                twoFactor.signIn(wrong, new MockHttpServletRequest());
            }
        }
        AppUser disabled = users.findById(board.getId()).orElseThrow();
        assertThat(disabled.getFactorFailures()).isEqualTo(20);
        assertThat(disabled.isEnabled()).isFalse();
        // the session waiting belonged to an account changed since: it is over
        assertThat(twoFactor.signIn(code(setup.key(), FixedClockConfig.NOW), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aPasswordOlderThanTenMinutesOrAnAccountChangedMeanwhileIsNoLongerGood() {
        AppUser board = account("bantochuc.cu", Role.BOARD);
        TwoFactor.Setup setup = twoFactor.newSetup(board.getUsername());
        setUpAt(board, setup, FixedClockConfig.NOW.minus(Duration.ofMinutes(5)));

        waiting(board, FixedClockConfig.NOW.minus(Duration.ofMinutes(10)));
        assertThat(twoFactor.waiting()).isEmpty();
        assertThat(twoFactor.signIn(code(setup.key(), FixedClockConfig.NOW), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.EXPIRED);

        waiting(board, FixedClockConfig.NOW.minus(Duration.ofMinutes(9)));
        TestUsers.callAs(Role.ADMIN, null, () -> {
            administration.resetPassword(board.getId(), "Dat-lai-2026-xyz");
            return null;
        });
        waiting(users.findById(board.getId()).orElseThrow(), FixedClockConfig.NOW, board.getSecurityStamp());
        assertThat(twoFactor.signIn(code(setup.key(), FixedClockConfig.NOW), new MockHttpServletRequest()).outcome())
                .isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void theAdministratorResetsALostAppAndOnlyTheAdministrator() {
        AppUser board = account("bantochuc.mat", Role.BOARD);
        TwoFactor.Setup setup = twoFactor.newSetup(board.getUsername());
        setUpAt(board, setup, FixedClockConfig.NOW.minus(Duration.ofMinutes(5)));
        long stamp = users.findById(board.getId()).orElseThrow().getSecurityStamp();

        assertThatThrownBy(() -> TestUsers.callAs(Role.BOARD, null, () -> {
            twoFactor.reset(board.getId());
            return null;
        })).isInstanceOf(AccessRefusedException.class);
        TestUsers.callAs(Role.ADMIN, null, () -> {
            twoFactor.reset(board.getId());
            return null;
        });

        AppUser reset = users.findById(board.getId()).orElseThrow();
        assertThat(reset.hasAuthenticatorApp()).isFalse();
        assertThat(reset.getRecoveryCodes()).isNull();
        assertThat(reset.getSecurityStamp()).isEqualTo(stamp + 1);
        assertThat(jdbc.queryForList("SELECT new_value FROM audit_entry WHERE entity = 'USER' AND field = 'twoFactor'"
                + " AND entity_id = ? ORDER BY id", String.class, board.getId()))
                .containsExactly("đã bật", "quản trị viên đã đặt lại");
        // the next sign-in sets an app up again
        waiting(reset, FixedClockConfig.NOW);
        assertThat(twoFactor.waitingHasApp()).isFalse();
    }

    // ---- helpers

    private AppUser account(String username, Role role) {
        return TestUsers.callAs(Role.ADMIN, null, () -> administration.create(new AccountForm(username,
                "Người thử " + username, role, null, "Sen-hong-2026")));
    }

    private List<String> setUpAt(AppUser account, TwoFactor.Setup setup, Instant when) {
        TwoFactor earlier = new TwoFactor(users, rule, authenticatedUser, null, events, translations,
                Clock.fixed(when, ZoneOffset.UTC));
        return TestUsers.callAs(account, () -> new org.springframework.transaction.support.TransactionTemplate(
                transactions).execute(status -> earlier.setUp(setup, code(setup.key(), when))));
    }

    private void waiting(AppUser account, Instant passwordAt) {
        waiting(account, passwordAt, users.findById(account.getId()).orElseThrow().getSecurityStamp());
    }

    private void waiting(AppUser account, Instant passwordAt, long stamp) {
        AppUser stored = users.findById(account.getId()).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SecondFactorPending(new SecondFactorPending.Person(stored.getId(),
                stored.getUsername(), stamp, passwordAt, stored.hasAuthenticatorApp())));
        SecurityContextHolder.setContext(context);
    }

    private static TwoFactor at(long epochSecond) {
        return new TwoFactor(null, null, null, null, null, null, Clock.fixed(Instant.ofEpochSecond(epochSecond),
                ZoneOffset.UTC));
    }

    /** A code that is none of the three steps around now. */
    private static String wrongCode(String key) {
        List<String> good = List.of(code(key, FixedClockConfig.NOW.minusSeconds(30)), code(key, FixedClockConfig.NOW),
                code(key, FixedClockConfig.NOW.plusSeconds(30)));
        for (int candidate = 123456; ; candidate++) {
            String text = String.valueOf(candidate);
            if (!good.contains(text)) {
                return text;
            }
        }
    }
}
