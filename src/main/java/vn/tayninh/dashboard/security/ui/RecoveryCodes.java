package vn.tayninh.dashboard.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The recovery codes, shown once when they are made: what they are for and that each works once. */
public class RecoveryCodes extends Div {

    public RecoveryCodes(List<String> codes) {
        setId("recovery-codes");
        Paragraph what = new Paragraph(getTranslation("account.twoFactor.codes.explain"));
        what.getElement().setAttribute("role", "status");
        UnorderedList list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)")
                .set("columns", "2").set("list-style", "none").set("padding", "0");
        add(what, list);
    }
}
