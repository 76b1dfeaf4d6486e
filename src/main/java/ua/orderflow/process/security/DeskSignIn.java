package ua.orderflow.process.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;

/**
 * One login with Tasklist and Cockpit: the desk takes whoever signed in to the webapps (their
 * session), or an HTTP Basic login for scripts. Nobody signed in is sent to Tasklist's login page;
 * logging out there ends the desk too, since the session is the same.
 */
final class DeskSignIn extends OncePerRequestFilter {

    static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";

    private final EngineCallers callers;

    DeskSignIn(EngineCallers callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.within(request);
        if (path.startsWith("/desk/static/")) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = callers.fromWebappSession(request);
        if (caller.userId() == null) {
            caller = callers.fromBasic(request.getHeader("Authorization"));
        }
        if (caller == null || caller.userId() == null) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        if (!caller.hasAnyOf(Role.MANAGER, Role.SUPERVISOR)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"uk\"><meta charset=\"utf-8\"><title>Немає доступу</title>"
                    + "<p>Сторінки замовлень доступні менеджерам і супервізорам. <a href=\"" + request.getContextPath()
                    + LOGIN_PAGE + "\">Увійти іншим користувачем</a></p></html>");
            return;
        }
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }
}
