package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary file of one job, between the worker that writes it and the browser that fetches it: offered by the
 * worker, taken once by the download, discarded (deleted) when the job is cancelled, the page left or the session
 * ended. Whoever comes last deletes: a file offered after the discard is deleted by the worker itself.
 */
final class PendingFile implements Serializable {

    private static final String SESSION_KEY = PendingFile.class.getName();

    private final transient ExportFiles files;
    private final transient Set<PendingFile> ofSession;
    private transient Path path;
    private boolean closed;

    private PendingFile(ExportFiles files, Set<PendingFile> ofSession) {
        this.files = files;
        this.ofSession = ofSession;
    }

    /** A new pending file of the session (on the page's thread, the session locked). */
    static PendingFile of(ExportFiles files, VaadinSession session) {
        @SuppressWarnings("unchecked")
        Set<PendingFile> pending = (Set<PendingFile>) session.getAttribute(SESSION_KEY);
        if (pending == null) {
            pending = ConcurrentHashMap.newKeySet();
            session.setAttribute(SESSION_KEY, pending);
        }
        PendingFile file = new PendingFile(files, pending);
        pending.add(file);
        return file;
    }

    /** At the end of a session: every file of it not yet handed over is deleted. */
    static void discardAll(VaadinSession session) {
        @SuppressWarnings("unchecked")
        Set<PendingFile> pending = (Set<PendingFile>) session.getAttribute(SESSION_KEY);
        if (pending != null) {
            List.copyOf(pending).forEach(PendingFile::discard);
        }
    }

    /** The worker's finished file; false (and the file deleted) when nobody waits for it any more. */
    synchronized boolean offer(Path file) {
        if (closed) {
            files.delete(file);
            return false;
        }
        path = file;
        return true;
    }

    /** The file, once: the download takes it and deletes it after sending; null the second time. */
    synchronized Path take() {
        Path file = path;
        path = null;
        close();
        return file;
    }

    /** Deletes the file if it is still here, and refuses any offered later. */
    synchronized void discard() {
        files.delete(path);
        path = null;
        close();
    }

    /** Whether nobody waits for the file any more (cancelled, page left, session ended, or handed over). */
    synchronized boolean isClosed() {
        return closed;
    }

    synchronized boolean holdsAFile() {
        return path != null;
    }

    private void close() {
        closed = true;
        ofSession.remove(this);
    }
}
