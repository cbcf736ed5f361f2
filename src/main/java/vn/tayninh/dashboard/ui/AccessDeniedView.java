package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's role may not open (a leader on the audit trail, an editor on the freeze page): said
 * plainly inside the application frame (403). The side navigation never offers such a page; this is for typed or
 * bookmarked addresses.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new ErrorPage("access-denied", getTranslation("error.denied.title"),
                getTranslation("error.denied.text", "/" + event.getLocation().getPath())));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title") + " – " + getTranslation("app.brand");
    }
}
