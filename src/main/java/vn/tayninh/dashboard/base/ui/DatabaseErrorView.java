package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import vn.tayninh.dashboard.base.DatabaseFailure;

/**
 * What a page shows instead of itself when it could not be opened because the database cannot serve: the reason
 * in the user's language and a link to try again (503). Other database errors get the same page with 500.
 */
@AnonymousAllowed
public class DatabaseErrorView extends Main implements HasErrorParameter<DataAccessException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessException> parameter) {
        return show(event, parameter.getCaughtException());
    }

    int show(BeforeEnterEvent event, Exception exception) {
        removeAll();
        addClassName("database-error");
        DatabaseFailure failure = DatabaseFailure.of(exception).orElse(DatabaseFailure.UNAVAILABLE);
        add(new H2(getTranslation("database.error.title")), new Paragraph(getTranslation(failure.messageKey())),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("database.error.retry")));
        return DatabaseFailure.of(exception).isPresent() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
