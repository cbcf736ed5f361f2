package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import vn.tayninh.dashboard.export.GridExport;

/**
 * "Xuất XLSX" and "Xuất CSV" beside a grid: the rows the grid shows (as {@code rows} returns them when clicked),
 * through {@link GridExport}, made in the background. For any grid, e.g. an audit log:
 *
 * <pre>{@code
 * add(new GridExportButtons<>(jobs, "nhat-ky-" + today, export, () -> service.findEntries(filter)), grid);
 * }</pre>
 *
 * where {@code jobs} is the injected {@link ExportJobs}. The rows are what the view already shows the user, so
 * whoever may open the view may export them.
 */
public class GridExportButtons<T> extends Div {

    static final String CSV = "text/csv;charset=UTF-8";

    public GridExportButtons(ExportJobs jobs, String baseFileName, GridExport<T> export,
                             SerializableSupplier<List<T>> rows) {
        addClassName("grid-export-buttons");
        add(new DownloadButton(jobs, getTranslation("export.grid.xlsx"), VaadinIcon.TABLE, baseFileName + ".xlsx",
                ReportExports.XLSX, () -> export.xlsx(rows.get())));
        add(new DownloadButton(jobs, getTranslation("export.grid.csv"), VaadinIcon.FILE_TEXT_O, baseFileName + ".csv",
                CSV, () -> export.csv(rows.get())));
    }
}
