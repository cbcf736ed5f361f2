package vn.tayninh.dashboard.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short reference that ties what a user reads about an unexpected failure to the server log's entry for it: the
 * user quotes it to the administrator, who finds the whole exception by it.
 */
public final class FailureReference {

    private static final Logger log = LoggerFactory.getLogger(FailureReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FailureReference() {
    }

    /** Logs the failure at ERROR under a new reference and returns that reference (eight characters). */
    public static String log(String what, Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("{} [reference {}]", what, reference, failure);
        return reference;
    }
}
