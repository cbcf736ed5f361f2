package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import java.util.List;

/**
 * The exports of a page in one menu, "Xuất", instead of a row of buttons that took a phone's first screen. Each
 * item starts its {@link DownloadButton}'s background job; the progress, the place in the queue, the cancel button
 * and the result show below the menu, one line per file on its way, as beside a button. An item is disabled while
 * its file is being made. The item carries the file's name in {@code data-file}, as the button did.
 */
public class ExportMenu extends Div {

    /** The id of a page's menu of reports ({@link ReportExports#menu}). */
    public static final String ID = "export-menu";

    private final MenuBar bar = new MenuBar();
    private final SubMenu items;
    private final Div downloads = new Div();

    public ExportMenu() {
        addClassName("export-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL);
        bar.getElement().setAttribute("aria-label", getTranslation("export.menu.label"));
        Span text = new Span(getTranslation("export.menu"));
        MenuItem root = bar.addItem(text);
        root.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        root.addClassName("export-menu-root");
        items = root.getSubMenu();
        downloads.addClassName("export-downloads");
        bar.setVisible(false);
        add(bar, downloads);
    }

    /** Adds an item that makes {@code download}'s file. */
    public ExportMenu add(DownloadButton download) {
        bar.setVisible(true);
        MenuItem item = items.addItem(download.label(), e -> download.start());
        item.addComponentAsFirst(download.icon().create());
        item.getElement().setAttribute("data-file", download.fileName());
        item.addClassName("export-item");
        download.startedFromMenu(busy -> item.setEnabled(!busy));
        downloads.add(download);
        return this;
    }

    public ExportMenu addAll(List<DownloadButton> all) {
        all.forEach(this::add);
        return this;
    }

    /** The items' labels, in order (for tests of what a role is offered). */
    public List<String> labels() {
        return items.getItems().stream().map(MenuItem::getText).toList();
    }

    /** Whether the menu offers anything; a page shows no empty menu. */
    public boolean isEmpty() {
        return items.getItems().isEmpty();
    }
}
