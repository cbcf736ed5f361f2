package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * Tells a component the browser window's width while it is shown: once when attached, again at every resize, and
 * nothing after it is detached. For grids that show fewer columns on a phone than on a desk.
 */
public final class WindowWidth {

    private WindowWidth() {
    }

    public static void follow(Component component, IntConsumer width) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(event -> width.accept(event.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
