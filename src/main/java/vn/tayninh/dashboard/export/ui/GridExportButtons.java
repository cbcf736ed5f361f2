package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.tayninh.dashboard.base.Texts;
import vn.tayninh.dashboard.export.GridExport;

/**
 * "Xuất XLSX" and "Xuất CSV" beside a grid: the rows the grid shows, through {@link GridExport}, made in the
 * background. When clicked, on the page's thread, {@code export} builds the columns in the page's language and
 * {@code rows} takes what the query needs from the page (the filter's values) and answers the query that the worker
 * runs; the worker never reads a component. For any grid, e.g. an audit log:
 *
 * <pre>{@code
 * add(new GridExportButtons<>(jobs, "nhat-ky-" + today,
 *         texts -> GridExport.<Entry>create(texts.get("audit.heading")).text(texts.get("audit.actor"), Entry::actor),
 *         () -> { Filter now = filter(); return () -> service.findEntries(now); }), grid);
 * }</pre>
 *
 * where {@code jobs} is the injected {@link ExportJobs}. The rows are what the view already shows the user, so
 * whoever may open the view may export them.
 */
public class GridExportButtons<T> extends Div {

    static final String CSV = "text/csv;charset=UTF-8";

    private final List<DownloadButton> downloads = new ArrayList<>();

    public GridExportButtons(ExportJobs jobs, String baseFileName, SerializableFunction<Texts, GridExport<T>> export,
                             SerializableSupplier<Supplier<List<T>>> rows) {
        addClassName("grid-export-buttons");
        downloads.add(new DownloadButton(jobs, getTranslation("export.grid.xlsx"), VaadinIcon.TABLE, baseFileName + ".xlsx",
                ReportExports.XLSX, texts -> {
                    GridExport<T> columns = export.apply(texts);
                    Supplier<List<T>> query = rows.get();
                    return out -> columns.writeXlsx(query.get(), out);
                }));
        downloads.add(new DownloadButton(jobs, getTranslation("export.grid.csv"), VaadinIcon.FILE_TEXT_O, baseFileName + ".csv",
                CSV, texts -> {
                    GridExport<T> columns = export.apply(texts);
                    Supplier<List<T>> query = rows.get();
                    return out -> columns.writeCsv(query.get(), out);
                }));
        downloads.forEach(this::add);
    }

    /** The two exports as items of a page's menu instead of buttons (this component is then left out). */
    public List<DownloadButton> intoMenu() {
        downloads.forEach(this::remove);
        return List.copyOf(downloads);
    }
}
