package vn.tayninh.dashboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.AppUserRepository;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * A status subscription tells once per change: the first look remembers, a change of status is told once to each
 * subscriber of that scope, and a look with nothing new tells nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FixedClockConfig.class)
class StatusWatchTest {

    @Autowired
    StatusWatch watch;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Notices notices;
    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    Commune commune;
    Commune other;
    AppUser follower;
    AppUser editor;

    @BeforeEach
    void accounts() {
        commune = communes.findAll().get(5);
        other = communes.findAll().get(6);
        follower = users.save(new AppUser("sw-leader", "{noop}x", "sw-leader", Role.LEADER, null));
        editor = users.save(new AppUser("sw-editor", "{noop}x", "sw-editor", Role.COMMUNE_EDITOR, other));
    }

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM notice");
        jdbc.update("DELETE FROM notice_subscription");
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("DELETE FROM cadre");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'sw-%'");
    }

    @Test
    void aChangeOfStatusIsToldOnce() {
        TestUsers.callAs(follower, () -> subscriptions.subscribe(Subscription.Kind.STATUS, commune.getId()));
        assertThat(watch.check(null)).as("the first look only remembers").isZero();
        assertThat(watch.check(null)).isZero();

        // one cadre with a university degree in a commune that had none: T1 goes from no data to 1 / 1
        new TransactionTemplate(transactions).executeWithoutResult(tx -> SystemUser.call(() -> {
            HandMadeRoster.cadre(em, em.merge(commune), "Nguyễn Văn A", LocalDate.of(2020, 1, 1), Gender.NAM,
                    LocalDate.of(1990, 1, 1), "KINH", Education.DAI_HOC, PoliticalTheory.TRUNG_CAP, false);
            events.publishEvent(new ChangesMade(java.util.List.of(new Change(commune.getId(), "CADRE", 1L,
                    Change.Action.CREATE, null, null, "Nguyễn Văn A"))));
            return null;
        }));
        long told = TestUsers.callAs(follower, () -> notices.unreadCount());
        assertThat(told).as("told after the change committed").isPositive();
        assertThat(TestUsers.callAs(follower, () -> notices.latest())).extracting(n -> n.text(Translations.VIETNAMESE))
                .contains(commune.getName() + ": chỉ tiêu T1 – Trình độ đại học trở lên chuyển từ \"Chưa có số liệu\""
                        + " sang \"Đạt\"");
        assertThat(watch.check(null)).as("nothing new").isZero();
        assertThat(watch.check(Set.of(commune.getId()))).isZero();
        assertThat(TestUsers.callAs(follower, () -> notices.unreadCount())).isEqualTo(told);
    }

    @Test
    void aStoredChangeIsToldToEachSubscriberOfThatScopeOnly() {
        long quiet = communes.findAll().get(7).getId();
        Subscription mine = TestUsers.callAs(follower, () -> subscriptions.subscribe(Subscription.Kind.STATUS, quiet));
        TestUsers.callAs(follower, () -> subscriptions.subscribe(Subscription.Kind.STATUS, quiet));
        TestUsers.callAs(editor, () -> subscriptions.subscribe(Subscription.Kind.STATUS, other.getId()));
        watch.check(null);
        // as if T2 had last been told as met: the live status differs from it, in this commune only
        String seen = jdbc.queryForObject("SELECT last_statuses FROM notice_subscription WHERE id = ?", String.class,
                mine.getId());
        jdbc.update("UPDATE notice_subscription SET last_statuses = ? WHERE id = ?",
                seen.replace("T2=NO_DATA", "T2=MET"), mine.getId());

        assertThat(watch.check(null)).isEqualTo(1);
        assertThat(watch.check(null)).isZero();
        assertThat(TestUsers.callAs(follower, () -> notices.unreadCount())).isEqualTo(1);
        assertThat(TestUsers.callAs(editor, () -> notices.unreadCount())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_subscription", Integer.class)).isEqualTo(2);
    }

    @Test
    void aCommuneEditorFollowsTheirOwnCommuneOnly() {
        assertThatThrownBy(() -> TestUsers.callAs(editor, () -> subscriptions.subscribe(Subscription.Kind.STATUS, null)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(editor,
                () -> subscriptions.subscribe(Subscription.Kind.FREEZE, commune.getId())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(TestUsers.callAs(editor, () -> subscriptions.mine())).isEmpty();
    }
}
