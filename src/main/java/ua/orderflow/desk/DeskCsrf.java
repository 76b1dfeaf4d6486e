package ua.orderflow.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A token per session that every desk form carries back, so another site cannot post in our name. */
final class DeskCsrf {

    static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = DeskCsrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeskCsrf() {
    }

    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return token;
    }

    static boolean valid(HttpServletRequest request, String sent) {
        HttpSession session = request.getSession(false);
        String token = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        return token != null && sent != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
