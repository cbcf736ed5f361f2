package vn.tayninh.dashboard.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** A password alone, on the API, for an account that signs in in two steps: such accounts' scripts use an API key. */
final class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    SecondFactorRequiredException() {
        super("The account signs in in two steps; the API takes an API key for it");
    }
}
