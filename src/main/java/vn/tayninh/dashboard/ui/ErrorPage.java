package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * What the error views show inside the application frame: a heading, one sentence in the user's language and a way
 * back to the overview. Never an exception's own text.
 */
final class ErrorPage extends Div {

    ErrorPage(String className, String title, String text) {
        addClassNames("error-page", "view-padding", className);
        add(new H2(title), new Paragraph(text));
        // the start page is whatever the application maps to the empty path; base knows no feature's view
        RouteConfiguration.forSessionScope().getRoute("").ifPresent(start -> {
            RouterLink home = new RouterLink(getTranslation("error.home"), start);
            home.addClassName("error-home");
            HorizontalLayout back = new HorizontalLayout(VaadinIcon.ARROW_LEFT.create(), home);
            back.setAlignItems(HorizontalLayout.Alignment.CENTER);
            add(back);
        });
    }
}
