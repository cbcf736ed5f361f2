package vn.tayninh.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.ErrorLog;
import vn.tayninh.dashboard.security.ui.LoginView;

/**
 * Every screen's session hands failed actions to {@link ScreenErrorHandler}: a failure of the database (as the
 * driver and Spring report it) becomes a notification in Vietnamese that stays until closed; anything else is left to
 * Vaadin's default handling and shows nothing of the kind.
 */
@ErrorLog.Expected(loggers = "vn.tayninh.dashboard.base.ui.FailureReference",
        because = "a fault that is not the database is logged under the reference the user reads")
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(classes = LoginView.class)
class ScreenErrorHandlerTest extends SpringBrowserlessTest {

    private ErrorHandler handler;

    @BeforeEach
    void open() {
        UI.getCurrent().setLocale(Locale.of("vi", "VN"));
        navigate(LoginView.class);
        handler = VaadinSession.getCurrent().getErrorHandler();
    }

    @Test
    void everySessionUsesIt() {
        assertThat(handler).isInstanceOf(ScreenErrorHandler.class);
    }

    @Test
    void aConnectionThatCannotBeHadIsToldAsTheDatabaseBeingAway() {
        handler.error(new ErrorEvent(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));

        Notification notification = $(Notification.class).single();
        assertThat(test(notification).getText()).isEqualTo("Không kết nối được cơ sở dữ liệu (máy chủ dữ liệu đang"
                + " dừng, khởi động lại hoặc quá tải). Thay đổi chưa được ghi; vui lòng thử lại sau ít phút.");
        assertThat(notification.getDuration()).as("stays until closed").isZero();
        assertThat(notification.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void aReadOnlyDatabaseAndAFullDiskAreToldApart() {
        handler.error(new ErrorEvent(new RuntimeException(new SQLException("The database is read only", "HY000",
                90097))));
        assertThat(test($(Notification.class).single()).getText()).startsWith("Cơ sở dữ liệu đang ở chế độ chỉ đọc");
        $(Notification.class).single().close();

        handler.error(new ErrorEvent(new RuntimeException(new SQLException("No space left on device"))));
        assertThat(test($(Notification.class).single()).getText()).startsWith("Ổ đĩa của cơ sở dữ liệu đã đầy");
    }

    @Test
    void anyOtherFailureIsNotPassedOffAsTheDatabaseAndNeverShowsTheExceptionText() {
        handler.error(new ErrorEvent(new IllegalStateException("a fault in the code")));

        String text = test($(Notification.class).single()).getText();
        assertThat(text).matches("Thao tác không thực hiện được do một lỗi ngoài dự kiến\\. Vui lòng thử lại; nếu lỗi"
                + " lặp lại, hãy báo cho quản trị viên mã tham chiếu [0-9A-F]{8}\\.")
                .doesNotContain("fault", "IllegalState");
        assertThat($(Notification.class).single().getClassNames()).contains("action-failure");
    }

    @Test
    void aBrowserThatWentAwayIsNoFailure() {
        handler.error(new ErrorEvent(new java.io.UncheckedIOException(
                new java.io.EOFException("Unexpected EOF read on the socket"))));

        assertThat($(Notification.class).all()).isEmpty();
    }
}
