package vn.tayninh.dashboard.security;

import static org.springframework.security.config.http.SessionCreationPolicy.STATELESS;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.security.ui.LoginView;

/**
 * Two filter chains: scripts call {@code /api/**} with an API key or HTTP Basic and no session; people use the Vaadin
 * UI behind form login (and, for the accounts that need it, a second step: {@link TwoFactor}), where every view must
 * declare who may open it.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Actuator: liveness and readiness answer anyone (a load balancer has no account) and say only UP or DOWN;
     * everything else there (the Prometheus metrics) is for an ADMIN, with HTTP Basic like the API.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, Translations translations, ApiTokens tokens)
            throws Exception {
        return securityHeaders(http).securityMatcher("/actuator/**")
                // a monitoring server scrapes with an API key; an administrator may look with their password unless
                // their account signs in in two steps (then ApiSecondFactorFilter refuses it)
                .addFilterBefore(new ApiTokenFilter(tokens, translations), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().access((authentication, context) -> new AuthorizationDecision(
                                readsMetrics(authentication.get()))))
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint(translations)))
                .addFilterAfter(new ApiSecondFactorFilter(new ApiAuthenticationEntryPoint(translations)),
                        BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /** An administrator, or any API key (its holder is a machine the administrator named). */
    private static boolean readsMetrics(org.springframework.security.core.Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AppUserDetails principal
                && (principal.user().role() == Role.ADMIN || principal.user().username().startsWith("token:"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, Translations translations, ApiTokens tokens) throws Exception {
        return securityHeaders(http).securityMatcher("/api/**", "/v3/api-docs/**")
                // machines present a named key (Bearer); people their user name and password (Basic)
                .addFilterBefore(new ApiTokenFilter(tokens, translations), BasicAuthenticationFilter.class)
                // writes only from scripts: refused from another site before any credential is looked at
                .addFilterBefore(new ApiCrossSiteFilter(translations), ApiTokenFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint(translations)))
                // a password alone does not open an account that signs in in two steps: its scripts take a key
                .addFilterAfter(new ApiSecondFactorFilter(new ApiAuthenticationEntryPoint(translations)),
                        BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(STATELESS))
                // Credentials travel with every request and no cookie is set, so there is no session token to
                // check; a browser re-sends Basic credentials on its own, though, which ApiCrossSiteFilter stops.
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, RequestUtil vaadinRequests, AppUserRepository users,
                                      IdleSessions idleSessions, Clock clock) throws Exception {
        // An error dispatch (such as an API's 401) would otherwise be redirected to the login page.
        return securityHeaders(http)
                // a session whose account the administrator changed ends before anything looks at its user
                .addFilterAfter(new SessionRevocationFilter(users), SecurityContextHolderFilter.class)
                // and so does one left idle, heartbeats aside
                .addFilterAfter(new IdleSessionFilter(idleSessions, clock), SessionRevocationFilter.class)
                // a password waiting for its second step opens only the second-step page
                .addFilterAfter(new SecondFactorFilter(vaadinRequests, clock), IdleSessionFilter.class)
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll())
                // An address that is no route still reaches Vaadin once signed in, which answers it with its own
                // not-found page inside the application; Vaadin's default would deny it here with a bare 403.
                // Vaadin's own CSRF set-up is left out: it exempts the login page, so that another site could post
                // its form (login CSRF, signing the browser into an account of the attacker's choosing).
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizedUrl::authenticated)
                        .enableCsrfConfiguration(false))
                // Spring Security's CSRF protection for everything else, the login form included: the login page
                // carries the token (Vaadin writes it into meta tags, which the login form posts as _csrf). Only
                // Vaadin's internal requests are exempt, since they carry Vaadin's own per-UI security key.
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrfTokens())
                        .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .build();
    }

    /**
     * Headers every answer carries on top of Spring Security's defaults (no sniffing, no framing, no caching of
     * pages, HSTS over HTTPS). The content policy allows what Vaadin needs — inline styles, and script evaluation
     * for its server-driven JavaScript — and images from data and blob URLs for chart exports; nothing from
     * another origin.
     */
    private static HttpSecurity securityHeaders(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                // Written before the request goes on, not when the answer is committed: Vaadin's index page
                // (the first answer of every route, written by Vaadin's servlet after a forward) went out without
                // the headers written on commit, and Vaadin sets an X-Frame-Options of its own (SAMEORIGIN) on it
                // unless the answer already has one (SecurityHttpTest checks the pages of a real server).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** bcrypt for stored passwords, with the passwords just verified remembered for a few minutes (API clients). */
    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }
}
