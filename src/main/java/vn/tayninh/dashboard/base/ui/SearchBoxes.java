package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Collection;
import java.util.List;
import vn.tayninh.dashboard.base.SearchText;

/**
 * Pickers that search as {@link SearchText} does (no diacritics, no case, words in any order) and say so when what
 * was typed finds nothing: the box's helper line reads "Không tìm thấy … khớp với «…»" until the search changes.
 */
public final class SearchBoxes {

    private SearchBoxes() {
    }

    /** Fills a picker with {@code items}, searched by their labels. */
    public static <T> void searchable(ComboBox<T> box, Collection<T> items, SerializableFunction<T, String> label) {
        List<T> all = List.copyOf(items);
        String helper = box.getHelperText();
        box.setItemLabelGenerator(label::apply);
        box.setItems(query -> {
                    String typed = query.getFilter().orElse("");
                    return all.stream().filter(item -> SearchText.matches(label.apply(item), typed))
                            .skip(query.getOffset()).limit(query.getLimit());
                },
                query -> {
                    String typed = query.getFilter().orElse("");
                    int count = (int) all.stream().filter(item -> SearchText.matches(label.apply(item), typed)).count();
                    box.setHelperText(count == 0 && !SearchText.isBlank(typed)
                            ? box.getTranslation("search.none", typed.strip()) : helper);
                    return count;
                });
    }
}
