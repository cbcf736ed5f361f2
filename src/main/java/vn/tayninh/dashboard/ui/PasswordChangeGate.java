package vn.tayninh.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.security.OwnAccount;

/**
 * A person whose password the administrator chose (a new account, a reset) reaches only their own account page until
 * they have chosen one of their own: every navigation elsewhere is sent there.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final transient OwnAccount account;

    PasswordChangeGate(OwnAccount account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != OwnAccountView.class && account.mustChangePassword()) {
            event.rerouteTo(OwnAccountView.class);
        }
    }
}
