package ua.orderflow.web.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;

/** Lets a call to /api through only when the caller holds one of the endpoint's {@link AllowedRoles}. */
public class RoleCheck implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RoleCheck.class);

    private final ObjectMapper json;

    public RoleCheck(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
        if (allowed == null) {
            allowed = method.getBeanType().getAnnotation(AllowedRoles.class);
        }
        Role[] roles = allowed == null ? new Role[0] : allowed.value();
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (caller != null && caller.hasAnyOf(roles)) {
            return true;
        }
        log.warn("Refused {} {} to user '{}': needs one of {}", request.getMethod(), request.getRequestURI(),
                caller == null ? null : caller.userId(), java.util.List.of(roles));
        String message = roles.length == 0
                ? "Недостатньо прав: ця дія доступна лише адміністратору"
                : "Недостатньо прав: потрібна роль " + Caller.titles(roles) + " або «Адміністратор»";
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("message", message));
        return false;
    }
}
