package ua.orderflow.sandbox.rozetka.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import ua.orderflow.sandbox.fault.CallStats;
import ua.orderflow.sandbox.fault.FaultDecision;
import ua.orderflow.sandbox.fault.FaultRule;
import ua.orderflow.sandbox.fault.Faults;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/**
 * In front of every Seller API handler: counts the call, applies the fault rules (latency, hangs,
 * 5xx, 429, truncated bodies), then checks the Bearer token the way ROZETKA does, with HTTP 200 and
 * error 1020, and hands the handler the seller account the token belongs to.
 */
public final class SellerApiInterceptor implements HandlerInterceptor {

    private static final String TRUNCATED = "{\"success\":true,\"content\":{\"orders\":[{\"id\":8120";
    private static final String BAD_GATEWAY_PAGE = "<html><head><title>%1$d</title></head><body><center><h1>%1$d"
            + "</h1></center><hr><center>nginx</center></body></html>";
    /** nginx's limit_req page: no source shows what ROZETKA answers, if it ever does. */
    private static final String TOO_MANY_REQUESTS_PAGE = "<html><head><title>429 Too Many Requests</title></head>"
            + "<body><center><h1>429 Too Many Requests</h1></center><hr><center>nginx</center></body></html>";

    private final CallStats stats;
    private final Faults faults;
    private final TokenStore tokens;
    private final ObjectMapper json;
    private final SellerAccounts accounts;

    public SellerApiInterceptor(CallStats stats, Faults faults, TokenStore tokens, ObjectMapper json,
            SellerAccounts accounts) {
        this.accounts = accounts;
        this.stats = stats;
        this.faults = faults;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(SellerEndpoint.class)) {
            return true;
        }
        SellerEndpoint endpoint = method.getMethodAnnotation(SellerEndpoint.class);
        stats.call(endpoint.value());
        FaultDecision fault = faults.decide(endpoint.value());
        fault.waitOut();
        if (fault.timedOut() || !fault.answersNormally()) {
            stats.fault();
        }
        if (fault.errorStatus() != 0) {
            if (fault.errorStatus() == FaultRule.TOO_MANY_REQUESTS) {
                if (fault.retryAfterSeconds() != null) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(fault.retryAfterSeconds()));
                }
                write(response, FaultRule.TOO_MANY_REQUESTS, MediaType.TEXT_HTML_VALUE, TOO_MANY_REQUESTS_PAGE);
            } else if (fault.errorStatus() == 503) {
                write(response, 503, MediaType.APPLICATION_JSON_VALUE, json.writeValueAsString(
                        Envelope.error("technical_maintenance", Envelope.TECHNICAL_MAINTENANCE, null)));
            } else {
                write(response, fault.errorStatus(), MediaType.TEXT_HTML_VALUE,
                        BAD_GATEWAY_PAGE.formatted(fault.errorStatus()));
            }
            return false;
        }
        if (fault.malformed()) {
            write(response, 200, MediaType.APPLICATION_JSON_VALUE, TRUNCATED);
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (endpoint.authenticated() && !tokens.accepts(authorization)) {
            write(response, 200, MediaType.APPLICATION_JSON_VALUE,
                    json.writeValueAsString(Envelope.incorrectAccessToken()));
            return false;
        }
        request.setAttribute(SellerAccounts.REQUEST_ATTRIBUTE, tokens.seller(authorization)
                .flatMap(accounts::byUsername).orElse(accounts.defaultAccount()));
        return true;
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
