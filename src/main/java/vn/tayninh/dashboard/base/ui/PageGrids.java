package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * How tall a page's grid is, so that it shows as many rows as the screen holds (the styles are in
 * {@code frontend/styles/dashboard.css}):
 * <ul>
 *   <li>{@link #fill}: the grid takes the rest of a full-height page below what stands above it (a page whose
 *   main content is the grid: accounts, targets, audit trail, attention); never less than about 20 rows' height
 *   on a tall screen, the page scrolls on a small one;</li>
 *   <li>{@link #screenHigh}: a grid below other content (charts, cards) is as tall as the screen under the
 *   application's bar, and the page scrolls to it;</li>
 *   <li>a short list of a known length keeps {@code setAllRowsVisible(true)}.</li>
 * </ul>
 * The real-browser crawl checks that every page's grid shows as many rows as it has, up to what the screen holds.
 */
public final class PageGrids {

    public static final String FILL = "fill-grid";
    public static final String SCREEN_HIGH = "screen-grid";

    private PageGrids() {
    }

    /** For a grid in a full-height page ({@code setSizeFull()}): it grows into the height left. */
    public static void fill(Grid<?> grid) {
        grid.setWidthFull();
        grid.setHeight(null);
        grid.addClassName(FILL);
    }

    /** For a grid below other content: as tall as the screen under the application's bar. */
    public static void screenHigh(Grid<?> grid) {
        grid.setWidthFull();
        grid.setHeight(null);
        grid.addClassName(SCREEN_HIGH);
    }
}
