package ua.orderflow.process.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.orderflow.access.Caller;

/** Hands /api the caller the HTTP Basic filter signed in, so the web layer checks roles engine-free. */
final class ApiCallerFilter extends OncePerRequestFilter {

    private final EngineCallers callers;

    ApiCallerFilter(EngineCallers callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, callers.fromEngine());
        chain.doFilter(request, response);
    }
}
