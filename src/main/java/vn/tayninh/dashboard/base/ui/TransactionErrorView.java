package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.TransactionException;

/** {@link DatabaseErrorView} for a page whose transaction could not even begin (no connection to the database). */
@AnonymousAllowed
public class TransactionErrorView extends Div implements HasErrorParameter<TransactionException> {

    private final DatabaseErrorView view = new DatabaseErrorView();

    public TransactionErrorView() {
        add(view);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionException> parameter) {
        return view.show(event, parameter.getCaughtException());
    }
}
