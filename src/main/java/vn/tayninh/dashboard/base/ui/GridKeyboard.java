package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Lets keyboard users open a grid's row as a click does: Enter on the focused row. */
public final class GridKeyboard {

    private GridKeyboard() {
    }

    public static <T> void openOnEnter(Grid<T> grid, Consumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(e -> focused.set(e.getItem().orElse(null)));
        grid.getElement().addEventListener("keydown", e -> {
            T item = focused.get();
            if (item != null) {
                open.accept(item);
            }
        }).setFilter("event.key === 'Enter'");
    }
}
