package ua.orderflow.process.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;

/**
 * HTTP Basic, against the engine's users, for what lies outside the engine's REST API: our /api
 * (whose endpoints check roles themselves), the actuator (all but health, which load balancers and
 * probes ask anonymously), the OpenAPI description with its UI and the sandbox's ROZETKA side, these
 * three with a role here.
 */
final class SignedInOnly extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedInOnly.class);
    private static final Pattern PUBLIC = Pattern.compile("/actuator/health(/.*)?");

    private final EngineCallers callers;
    private final Role[] roles;

    SignedInOnly(EngineCallers callers, Role... roles) {
        this.callers = callers;
        this.roles = roles;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.within(request);
        if (PUBLIC.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = callers.fromBasic(request.getHeader("Authorization"));
        if (caller == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"default\"");
            JsonAnswer.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Потрібен вхід: логін і пароль Order Flow");
            return;
        }
        if (roles.length > 0 && !caller.hasAnyOf(roles)) {
            log.warn("Refused {} {} to user '{}'", request.getMethod(), request.getRequestURI(), caller.userId());
            String needed = Caller.titles(roles) + (roles.length == 1 && roles[0] == Role.ADMIN ? "" : " або «Адміністратор»");
            JsonAnswer.send(response, HttpServletResponse.SC_FORBIDDEN, "Недостатньо прав: потрібна роль " + needed);
            return;
        }
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

}
