package vn.tayninh.dashboard.security.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import vn.tayninh.dashboard.security.IdleSessions;

/**
 * Warns before an idle session ends ("Phiên làm việc sắp hết hạn") with a button to stay signed in, and keeps the
 * session while the person types or clicks on the page without the page asking the server anything (a long text
 * typed into a field). When the end has passed, the page reloads: the sign-in page says why and brings the person
 * back. The clock runs in the browser from the last time the server surely heard of the person, so it never warns
 * later than the server ends the session ({@code IdleSessionFilter}).
 */
@Tag("session-timeout-warning")
@JsModule("./components/session-timeout-warning.js")
public class SessionTimeoutWarning extends Component {

    public SessionTimeoutWarning(IdleSessions idleSessions) {
        getElement().setProperty("timeoutSeconds", idleSessions.timeout().toSeconds());
        getElement().setProperty("warnSeconds", idleSessions.warnBefore().toSeconds());
        getElement().setProperty("keepAliveSeconds", idleSessions.keepAliveEvery().toSeconds());
        getElement().setProperty("heading", getTranslation("session.warning.heading"));
        getElement().setProperty("message", getTranslation("session.warning.message", "{0}"));
        getElement().setProperty("stayText", getTranslation("session.warning.stay"));
    }

    /** The page says the person is here: the request itself resets the server's idle clock. */
    @ClientCallable
    void stillHere() {
        // nothing to do: the request is what counts
    }
}
