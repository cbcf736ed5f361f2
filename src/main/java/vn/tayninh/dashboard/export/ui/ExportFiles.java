package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where files made in the background wait for their hand-over: temporary files in a directory of this process,
 * {@code <app.exports.dir>/<pid>} (by default under the system's temporary directory). Nothing of a file is held in
 * memory. A file is deleted once handed over, or when its job is cancelled, its page left or its session ended; at
 * start the directories of processes no longer running (a crash, a kill) are removed, and at a clean stop this
 * process's own.
 */
@Component
public class ExportFiles implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    /** An instance's directory: the process number, and a random part per instance (older versions: none). */
    private static final Pattern INSTANCE = Pattern.compile("(\\d{1,18})(-[0-9a-f]{8})?");

    private final Path root;
    private final Path directory;

    @Autowired
    ExportFiles(@Value("${app.exports.dir:}") String dir) {
        this(dir == null || dir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "cadre-exports") : Path.of(dir),
                ProcessHandle.current().pid());
    }

    ExportFiles(Path root, long pid) {
        this.root = root;
        // one directory per instance: several application contexts in one process (tests) each have their own
        this.directory = root.resolve(pid + "-" + HexFormat.of().toHexDigits(new SecureRandom().nextInt()));
        removeOrphans(pid);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of exports " + directory, e);
        }
    }

    /** A session that ends deletes the files of its pages not yet handed over. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> PendingFile.discardAll(e.getSession()));
    }

    /** A new empty file in this process's directory; {@code suffix} such as ".pdf". */
    public Path create(String suffix) throws IOException {
        return Files.createTempFile(directory, "export-", suffix);
    }

    /** Deletes the file if it is still there; null does nothing. */
    public void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete the export file {}: {}", file, e.toString());
        }
    }

    /** The files waiting now (for tests and the operator). */
    public List<Path> waiting() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Path directory() {
        return directory;
    }

    /**
     * Directories of processes that are gone, and those left by an earlier process with this process's number (older
     * than this process); those of another instance still running, in this process or another, are kept.
     */
    private void removeOrphans(long ownPid) {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                Matcher name = INSTANCE.matcher(entry.getFileName().toString());
                boolean instance = name.matches();
                if (instance) {
                    long pid = Long.parseLong(name.group(1));
                    boolean running = pid != ownPid && ProcessHandle.of(pid).isPresent();
                    boolean sibling = pid == ownPid && ownPid == ProcessHandle.current().pid()
                            && !Files.getLastModifiedTime(entry).toInstant().isBefore(started);
                    if (running || sibling) {
                        continue; // another instance, still running
                    }
                }
                if (instance || Files.isRegularFile(entry)) {
                    int removed = deleteTree(entry);
                    if (removed > 0) {
                        log.info("Removed {} export files left by a process that ended ({})", removed, entry);
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Cannot clean the directory of exports {}: {}", root, e.toString());
        }
    }

    @PreDestroy
    void removeOwn() {
        deleteTree(directory);
    }

    private int deleteTree(Path start) {
        if (!Files.exists(start)) {
            return 0;
        }
        int[] files = {0};
        try (Stream<Path> walk = Files.walk(start)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    if (Files.isRegularFile(p)) {
                        files[0]++;
                    }
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("Cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", start, e.toString());
        }
        return files[0];
    }
}
