package ua.orderflow.process.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import ua.orderflow.access.Caller;

/** Who is calling, as the engine's REST filter, the webapps' session or a password check tell it. */
final class EngineCallers {

    static final String ENGINE = "default";
    static final Caller ANONYMOUS = new Caller(null, Set.of());

    private final IdentityService identity;

    EngineCallers(IdentityService identity) {
        this.identity = identity;
    }

    /**
     * Inside /engine-rest, after the engine's HTTP Basic filter has signed the caller in on the engine
     * that the REST API looks up by name (the one engine in production; in tests several contexts each
     * register one, and only the looked-up one knows the caller).
     */
    Caller fromEngineRest() {
        Authentication current = EngineUtil.lookupProcessEngine(ENGINE).getIdentityService().getCurrentAuthentication();
        if (current == null) {
            return ANONYMOUS;
        }
        List<String> groups = current.getGroupIds();
        return new Caller(current.getUserId(), groups == null ? Set.of() : Set.copyOf(groups));
    }

    /** Under /camunda/api: the webapps keep who logged in (and their groups) in the HTTP session. */
    Caller fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return ANONYMOUS;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return ANONYMOUS;
        }
        List<String> groups = user.getGroupIds();
        return new Caller(user.getName(), groups == null ? Set.of() : Set.copyOf(groups));
    }

    /** The caller of an HTTP Basic {@code Authorization} header, or null when it is missing or wrong. */
    Caller fromBasic(String header) {
        return BasicCredentials.of(header).map(c -> fromPassword(c.user(), c.password())).orElse(null);
    }

    /** A login and password; wrong ones are held back per client by {@link LoginThrottleFilter}. */
    Caller fromPassword(String user, String password) {
        if (!identity.checkPassword(user, password)) {
            return null;
        }
        Set<String> groups = Set.copyOf(identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        return new Caller(user, groups);
    }
}
