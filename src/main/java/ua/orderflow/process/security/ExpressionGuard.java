package ua.orderflow.process.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.orderflow.access.Caller;

/**
 * Keeps every expression a non-admin sends away from the engine, on /engine-rest and on the webapps'
 * own copy of it under /camunda/api: in the path, the query string, the body at any depth, and in
 * the stored filter a caller asks to run. Camunda 7.24 CE checks only the top level of a query, and
 * an expression evaluated there can call any bean (README "Security notes").
 */
final class ExpressionGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ExpressionGuard.class);

    static final String REFUSED = "Вирази ${…} і #{…} у запитах дозволені лише адміністраторам; "
            + "приберіть їх із запиту";
    static final String STORED_REFUSED = "Збережений фільтр містить вираз, який може виконати лише адміністратор; "
            + "попросіть адміністратора виправити фільтр";
    static final int MAX_BODY = 5 * 1024 * 1024;

    /** A BPMN file is code by design: only roles with the engine's DEPLOYMENT CREATE may send it. */
    private static final Pattern DEPLOYMENT = Pattern.compile(".*/deployment/create");
    private static final Pattern STORED_FILTER = Pattern.compile(".*/filter/([^/]+)/(list|count|singleResult)");
    private static final Pattern SETUP = Pattern.compile("/camunda/api/admin/setup(/.*)?");

    private final EngineCallers callers;
    private final StoredFilters storedFilters;

    ExpressionGuard(EngineCallers callers, StoredFilters storedFilters) {
        this.callers = callers;
        this.storedFilters = storedFilters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.within(request);
        if (SETUP.matcher(path).matches()) {
            // the admin is created at start (IdentityBootstrap); setup must never make a second one
            JsonAnswer.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Початкове налаштування вимкнено: адміністратора створює сервіс під час запуску");
            return;
        }
        Caller caller = path.startsWith("/camunda/") ? callers.fromWebappSession(request) : callers.fromEngineRest();
        if (caller.isAdmin() || RequestPaths.WEBAPP_LOGIN.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (ExpressionScan.inText(path) || ExpressionScan.inText(request.getQueryString())) {
            refuse(request, response, caller, REFUSED);
            return;
        }
        HttpServletRequest checked = request;
        if (hasBody(request) && !DEPLOYMENT.matcher(path).matches()) {
            if (isForm(request)) {
                if (request.getParameterMap().entrySet().stream().anyMatch(ExpressionGuard::carries)) {
                    refuse(request, response, caller, REFUSED);
                    return;
                }
            } else {
                byte[] body = readBody(request);
                if (body == null) {
                    JsonAnswer.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                            "Запит завеликий: більше " + MAX_BODY / (1024 * 1024) + " МБ");
                    return;
                }
                ReplayableRequest replayable = new ReplayableRequest(request, body);
                if (ExpressionScan.inBody(replayable.bodyText())) {
                    refuse(request, response, caller, REFUSED);
                    return;
                }
                checked = replayable;
            }
        }
        Matcher stored = STORED_FILTER.matcher(path);
        if (stored.matches() && storedFilters.runsForeignExpression(stored.group(1))) {
            refuse(request, response, caller, STORED_REFUSED);
            return;
        }
        chain.doFilter(checked, response);
    }

    private static boolean carries(Map.Entry<String, String[]> parameter) {
        if (ExpressionScan.inText(parameter.getKey())) {
            return true;
        }
        for (String value : parameter.getValue()) {
            if (ExpressionScan.inText(value)) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Caller caller,
            String message) throws IOException {
        // the expression itself stays out of the log: it is the attacker's text
        log.warn("Refused an expression from user '{}': {} {}", caller.userId(), request.getMethod(),
                request.getRequestURI());
        JsonAnswer.send(response, HttpServletResponse.SC_BAD_REQUEST, message);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    /** The whole body, or null when it is larger than {@link #MAX_BODY}. */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }
}
