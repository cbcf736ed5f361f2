package vn.tayninh.dashboard.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A password checked for an account that also needs its second step ({@link TwoFactor}): kept in the session in
 * place of a sign-in, it is <em>not</em> authenticated and carries no role, so that Spring Security, Vaadin and every
 * service see an anonymous request until the code is given; only the second-step page reads it.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Who gave the right password, when, and whether their authenticator app is set up already.
     *
     * @param securityStamp the account's stamp at the password check: a change by the administrator meanwhile ends it
     */
    record Person(long id, String username, long securityStamp, Instant passwordAt, boolean enrolled)
            implements Serializable {
    }

    private final Person person;

    SecondFactorPending(Person person) {
        super(List.of());
        this.person = person;
        super.setAuthenticated(false);
    }

    Person person() {
        return person;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return person;
    }

    @Override
    public String getName() {
        return person.username();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending second step is never a sign-in");
        }
        super.setAuthenticated(false);
    }
}
