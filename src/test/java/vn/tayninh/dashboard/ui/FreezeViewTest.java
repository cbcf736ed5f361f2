package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.ExplanationStepTaken;
import vn.tayninh.dashboard.notification.Notices;
import vn.tayninh.dashboard.security.AppUserRepository;
import vn.tayninh.dashboard.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@ViewPackages(classes = FreezeView.class)
class FreezeViewTest extends SpringBrowserlessTest {

    @Autowired
    Notices notices;
    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneService communes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @WithUserDetails("bantochuc")
    void theBoardFreezesADateOnce() {
        navigate(FreezeView.class);
        Grid<?> grid = find(Grid.class).first();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("01/06/2026");

        assertThat(test(grid).getCellText(0, 4)).as("the demo baseline was frozen by the system").isEqualTo("Hệ thống");

        test(find(DatePicker.class).first()).setValue(LocalDate.of(2026, 9, 30));
        test(find(TextField.class).first()).setValue("Quý III/2026");
        test(find(Button.class).withText("Chốt số liệu").single()).click();
        // it cannot be undone: first a confirmation that says what will happen; cancelled, nothing is frozen
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Chốt số liệu ngày 30/09/2026?");
        assertThat(test(confirm).getText()).isEqualTo("Giá trị của mọi chỉ tiêu cho toàn tỉnh và 96 xã, phường tại"
                + " ngày 30/09/2026 sẽ được lưu thành kỳ báo cáo “Quý III/2026”. Số liệu đã chốt không thể sửa hay xóa;"
                + " biểu đồ lộ trình đến năm 2030 có thêm mốc này.");
        test(confirm).cancel();
        assertThat(test(grid).size()).isEqualTo(1);

        test(find(Button.class).withText("Chốt số liệu").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("Quý III/2026");
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("Ban Tổ chức Tỉnh ủy");
        // afterwards, what happened
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã chốt số liệu ngày 30/09/2026"
                + " (“Quý III/2026”) cho toàn tỉnh và 96 xã, phường; số liệu này không thay đổi nữa.");

        // a date frozen already is refused at once, without asking
        test(find(Button.class).withText("Chốt số liệu").single()).click();
        assertThat(find(ConfirmDialog.class).all()).as("no confirmation for a date frozen already").isEmpty();
        DatePicker date = find(DatePicker.class).first();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Số liệu ngày này đã được chốt");
        assertThat(test(grid).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("bantochuc")
    void theBoardRecordsAndDeletesNotesOnTheTimeline() {
        navigate(FreezeView.class);
        Grid<?> notes = find(Grid.class).last();
        assertThat(test(notes).size()).isZero();

        test(find(Button.class).withText("Thêm ghi chú").single()).click();
        TextField title = find(TextField.class).last();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat(find(DatePicker.class).last().getErrorMessage()).isEqualTo("Bắt buộc nhập");

        test(find(DatePicker.class).last()).setValue(LocalDate.of(2025, 7, 1));
        test(title).setValue("Sáp nhập đơn vị hành chính");
        test(find(Button.class).withText("Thêm ghi chú").single()).click();
        assertThat(test(notes).size()).isEqualTo(1);
        assertThat(test(notes).getCellText(0, 0)).isEqualTo("01/07/2025");
        assertThat(test(notes).getCellText(0, 1)).isEqualTo("Sáp nhập đơn vị hành chính");
        assertThat(test(notes).getCellText(0, 2)).isEqualTo("Toàn tỉnh");

        Button delete = (Button) test(notes).getCellComponent(0, 4);
        assertThat(delete.getAriaLabel()).contains("Xóa ghi chú Sáp nhập đơn vị hành chính");
        test(delete).click();
        assertThat(test(notes).size()).isZero();
    }

    @Test
    @WithUserDetails("bantochuc")
    void theBellCountsUnreadNoticesAndMarksThemRead() {
        TestUsers.callAs(users.findByUsername("bantochuc").orElseThrow(), () -> {
            notices.markAllRead();
            return null;
        });
        String commune = communes.findAll().getFirst().getCode();
        for (int i = 0; i < 2; i++) {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new ExplanationStepTaken(
                    1, commune, "T1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 15), ExplanationState.ANSWERED,
                    false, commune)));
        }
        navigate(FreezeView.class);
        Button bell = find(Button.class).id("notice-bell");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Thông báo: 2 chưa đọc");

        test(bell).click();
        List<Button> markRead = find(Button.class).withText("Đánh dấu đã đọc").all();
        assertThat(markRead).hasSize(2);
        test(markRead.getFirst()).click();
        assertThat(find(Button.class).withText("Đánh dấu đã đọc").all()).hasSize(1);
        test(find(Button.class).withText("Đóng").single()).click();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Thông báo: 1 chưa đọc");

        test(bell).click();
        test(find(Button.class).withText("Đánh dấu tất cả đã đọc").single()).click();
        test(find(Button.class).withText("Đóng").single()).click();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Thông báo: không có thông báo chưa đọc");
    }
}
