package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import vn.tayninh.dashboard.base.ui.FailureReference;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open for a reason nobody foresaw: the user reads a short reference in their language and the
 * server log holds the same reference with the whole exception; the exception's own text is never shown.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = FailureReference.log("Page /" + event.getLocation().getPathWithQueryParameters()
                + " failed to open", parameter.getCaughtException());
        removeAll();
        add(new ErrorPage("unexpected-error", getTranslation("error.unexpected.title"),
                getTranslation("error.unexpected.text", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title") + " – " + getTranslation("app.brand");
    }
}
