package ua.orderflow.rozetka;

import feign.InvocationHandlerFactory;
import feign.RequestLine;
import feign.Target;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Times every Seller API call of one shop as {@code orderflow.rozetka.calls}. It wraps the Feign
 * proxy's methods rather than the HTTP client: there it knows the endpoint's template from
 * {@link RequestLine} (never a URL with an order id in it) and sees ROZETKA's envelope, where a
 * refusal usually hides behind HTTP 200. Each attempt counts, retries and re-logins included.
 */
final class CallMetrics implements InvocationHandlerFactory {

    static final String NAME = "orderflow.rozetka.calls";

    private final InvocationHandlerFactory feign = new InvocationHandlerFactory.Default();
    private final MeterRegistry registry;
    private final String shopId;

    CallMetrics(MeterRegistry registry, String shopId) {
        this.registry = registry;
        this.shopId = shopId;
    }

    @Override
    public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
        InvocationHandler calls = feign.create(target, dispatch);
        return (proxy, method, args) -> {
            RequestLine line = method.getAnnotation(RequestLine.class);
            if (line == null) {
                return calls.invoke(proxy, method, args);
            }
            Timer.Sample started = Timer.start(registry);
            CallOutcome outcome = CallOutcome.FAILED;
            try {
                Object answer = calls.invoke(proxy, method, args);
                outcome = CallOutcome.of(answer);
                return answer;
            } catch (Throwable e) {
                outcome = CallOutcome.of(e);
                throw e;
            } finally {
                started.stop(timer(line.value(), outcome));
            }
        };
    }

    /** "GET /orders/{id}?expand={expand}" is method GET, endpoint orders/{id}. */
    private Timer timer(String requestLine, CallOutcome outcome) {
        int space = requestLine.indexOf(' ');
        String path = requestLine.substring(space + 1).trim();
        int query = path.indexOf('?');
        String endpoint = (query < 0 ? path : path.substring(0, query)).replaceFirst("^/", "");
        return Timer.builder(NAME).description("Seller API calls: latency by endpoint template, method and outcome")
                .tag("shop", shopId).tag("endpoint", endpoint).tag("method", requestLine.substring(0, space))
                .tag("outcome", outcome.tag())
                .register(registry);
    }
}
