package vn.tayninh.dashboard.base.api;

import java.util.Map;

/**
 * The body of a 409 answer: the record changed since the client read it. The client sees the current values and
 * version and decides again; nothing of its request was written.
 */
public record ApiConflict(String message, long currentVersion, Map<String, String> currentValues) {
}
