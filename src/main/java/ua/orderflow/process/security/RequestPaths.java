package ua.orderflow.process.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/** What the security filters match requests by. */
final class RequestPaths {

    /** The webapps' login form: a password that is checked, never evaluated, and throttled. */
    static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private RequestPaths() {
    }

    /** The request's path inside this application, without the servlet context path. */
    static String within(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
