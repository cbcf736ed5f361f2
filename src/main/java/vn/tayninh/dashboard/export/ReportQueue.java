package vn.tayninh.dashboard.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The bounded queue in which report files are made, one at a time per person and a few at a time in all: the
 * screens' exports and the API's report files wait in the same one (implemented by {@code export/ui/ExportJobs}).
 */
public interface ReportQueue {

    /** Why a job was not taken. */
    enum Refusal {
        /** The person already has a file being made or waiting. */
        YOURS,
        /** The queue is full. */
        FULL
    }

    /**
     * Queues {@code work} for the signed-in person, with their security context; {@code freed} runs once the job
     * has ended and their share of the queue is free again. Returns null when taken, otherwise why not (and then
     * {@code freed} never runs).
     */
    Refusal offer(Runnable work, Runnable freed);

    /** A new empty file where a job may write a large file, deleted with {@link #deleteFile}. */
    Path newFile(String suffix) throws IOException;

    void deleteFile(Path file);
}
