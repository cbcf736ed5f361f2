package vn.tayninh.dashboard.export.ui;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What a file holds, written in the background: built on the page's thread from what the page shows when the person
 * asks (the rows, the filter, the area), with the page's language bound in; it uses services and those values only,
 * never the page (no {@code UI.getCurrent()}, no component).
 */
@FunctionalInterface
public interface FileContent {

    void writeTo(OutputStream out) throws IOException;

    /** Content made as a whole in memory by a service, written out at once. */
    static FileContent of(java.util.function.Supplier<byte[]> bytes) {
        return out -> out.write(bytes.get());
    }
}
