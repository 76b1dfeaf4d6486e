package ua.orderflow.process.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a client that keeps typing a wrong password, on every way in: HTTP Basic on the REST
 * APIs and the actuator, and the webapps' login form. A 401 after a login attempt counts as a
 * failure; any other answer clears the client's count for that user.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = loginOf(request);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Duration wait = throttle.waitFor(client, user);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            response.setHeader("Retry-After", String.valueOf(seconds));
            JsonAnswer.send(response, 429, "Забагато невдалих спроб входу з цієї адреси; спробуйте через "
                    + seconds + " с");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(client, user);
            log.warn("Failed login for user '{}' from {}", user, client);
        } else {
            throttle.succeeded(client, user);
        }
    }

    /** The user a request tries to log in as, or null when it is no login attempt. */
    private static String loginOf(HttpServletRequest request) {
        String path = RequestPaths.within(request);
        if ("POST".equals(request.getMethod()) && RequestPaths.WEBAPP_LOGIN.matcher(path).matches()) {
            return request.getParameter("username");
        }
        return BasicCredentials.of(request.getHeader("Authorization")).map(BasicCredentials::user).orElse(null);
    }
}
