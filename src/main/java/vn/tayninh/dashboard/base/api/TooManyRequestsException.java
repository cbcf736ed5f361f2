package vn.tayninh.dashboard.base.api;

/**
 * A request the server will not take now because a bounded resource (the queue of report files) is full: answered
 * 429 with {@code Retry-After} and the reason in Vietnamese.
 */
public class TooManyRequestsException extends RuntimeException {

    private final String messageKey;
    private final int retryAfterSeconds;

    public TooManyRequestsException(String messageKey, int retryAfterSeconds) {
        super(messageKey);
        this.messageKey = messageKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String messageKey() {
        return messageKey;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
