package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.notification.Notices;
import vn.tayninh.dashboard.notification.Subscriptions;
import vn.tayninh.dashboard.security.AuthenticatedUser;

/**
 * The bell in the application frame: the number of unread notices on it and in its accessible name ("Thông báo: 3
 * chưa đọc"), a button like any other for the keyboard; it opens the list. The count is read again after every
 * navigation and whenever the list closes.
 */
class NoticeBell extends Button {

    private final transient Notices notices;
    private final transient Subscriptions subscriptions;
    private final transient CommuneService communes;
    private final transient AuthenticatedUser user;
    private final Span count = new Span();

    NoticeBell(Notices notices, Subscriptions subscriptions, CommuneService communes, AuthenticatedUser user) {
        this.notices = notices;
        this.subscriptions = subscriptions;
        this.communes = communes;
        this.user = user;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notice-bell");
        setId("notice-bell");
        count.addClassName("notice-count");
        count.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(count);
        addClickListener(e -> {
            NoticeDialog dialog = new NoticeDialog(notices, subscriptions, communes, user);
            dialog.addOpenedChangeListener(opened -> {
                if (!opened.isOpened()) {
                    refresh();
                }
            });
            dialog.open();
        });
        refresh();
    }

    /**
     * Reads the unread count again. When the database cannot answer, the bell shows no count rather than taking the
     * frame (and the page explaining the failure) down with it.
     */
    void refresh() {
        long unread;
        try {
            unread = user.get().isPresent() ? notices.unreadCount() : 0;
        } catch (DataAccessException | TransactionException unavailable) {
            unread = 0;
        }
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? getTranslation("notice.bell.none") : getTranslation("notice.bell.unread", unread));
        setTooltipText(unread == 0 ? getTranslation("notice.bell.none") : getTranslation("notice.bell.unread", unread));
    }
}
