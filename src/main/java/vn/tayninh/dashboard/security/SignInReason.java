package vn.tayninh.dashboard.security;

/**
 * Why a person is on the sign-in page although they were signed in: kept in the new (anonymous) session under
 * {@link #ATTRIBUTE}, for the sign-in page to say it.
 */
public enum SignInReason {

    /** The administrator disabled the account, reset its password or changed its role or commune. */
    REVOKED("login.reason.revoked"),
    /** The session ended after the idle timeout. */
    EXPIRED("login.reason.expired"),
    /** The password was given but its second step not within {@link TwoFactor#PENDING_FOR}. */
    SECOND_STEP_EXPIRED("login.reason.secondStepExpired");

    public static final String ATTRIBUTE = "app.signInReason";

    private final String messageKey;

    SignInReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
