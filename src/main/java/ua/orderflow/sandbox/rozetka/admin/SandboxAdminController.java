package ua.orderflow.sandbox.rozetka.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.SandboxPart;
import ua.orderflow.sandbox.SandboxRandom;
import ua.orderflow.sandbox.rozetka.api.OrderJson;
import ua.orderflow.sandbox.rozetka.api.TokenStore;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.fault.CallStats;
import ua.orderflow.sandbox.fault.FaultRule;
import ua.orderflow.sandbox.fault.Faults;
import ua.orderflow.sandbox.fault.Refusals;
import ua.orderflow.sandbox.fault.WrongAnswers;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;
import ua.orderflow.sandbox.rozetka.order.ItemChange;
import ua.orderflow.sandbox.rozetka.order.OrderNotFound;
import ua.orderflow.sandbox.rozetka.order.OrderBook;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;
import ua.orderflow.sandbox.rozetka.status.StatusChangeRefused;

/**
 * What ROZETKA's side does that the Seller API cannot: buyers ordering and cancelling, the cabinet
 * editing items, staff forcing statuses, payments moving, time passing, the API misbehaving. No
 * ROZETKA auth: Order Flow's administrator signs in (process/security); off in prod with the rest of
 * the sandbox. Orders are made for the default seller unless
 * {@code seller} names another account; an order id finds its own seller's orders.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/admin")
public class SandboxAdminController {

    private static final Set<String> EVERYTHING = Set.of("user", "delivery", "purchases", "status_data", "payment",
            "status_available", "order_status_history");
    private static final int MAX_ORDERS_PER_CALL = 1000;

    private final SellerAccounts accounts;
    private final OrderJson json;
    private final SandboxClock clock;
    private final TokenStore tokens;
    private final Faults faults;
    private final CallStats stats;
    private final SandboxRandom random;
    private final Refusals refusals;
    private final WrongAnswers wrong;
    private final ChatBook chats;
    private final List<SandboxPart> otherParts;

    public SandboxAdminController(SellerAccounts accounts, OrderJson json, SandboxClock clock, TokenStore tokens, Faults faults,
            CallStats stats, SandboxRandom random, Refusals refusals, WrongAnswers wrong, ChatBook chats,
            List<SandboxPart> otherParts) {
        this.refusals = refusals;
        this.wrong = wrong;
        this.chats = chats;
        this.otherParts = otherParts;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
        this.tokens = tokens;
        this.faults = faults;
        this.stats = stats;
        this.random = random;
    }

    public record CreateOrders(Integer count, Integer status, String seller) {
    }

    public record StatusBody(Integer status, String ttn) {
    }

    public record ItemsBody(List<ItemChange> changes) {
    }

    public record ClockAdvance(Long days, Long hours, Long minutes) {
    }

    /**
     * {@code refusalWording}: next-unavailable, transition-impossible or alternate; {@code refusalDetails}:
     * object, string, array or null (how a refused status change comes, see {@link Refusals});
     * {@code pageCount}: what every search claims as its page count; {@code padBytes}: filler on every
     * search page (see {@link WrongAnswers}).
     */
    public record FaultsBody(String endpoint, double errorShare, Integer errorStatus, long latencyMs,
            double timeoutShare, long timeoutMs, double malformedShare, Integer times, Integer retryAfterSeconds,
            String refusalWording, String refusalDetails, boolean expireTokens, boolean clear, Integer pageCount,
            Integer padBytes) {
    }

    @PostMapping("/orders")
    public Map<String, Object> createOrders(@RequestBody(required = false) CreateOrders body) {
        int count = body == null || body.count() == null ? 1 : body.count();
        if (count < 1 || count > MAX_ORDERS_PER_CALL) {
            throw new IllegalArgumentException("count is 1.." + MAX_ORDERS_PER_CALL);
        }
        List<Long> ids = accounts.named(body == null ? null : body.seller()).orders()
                .create(count, body == null ? null : body.status());
        return Map.of("orders", ids.stream().map(id -> Map.of("id", id)).toList());
    }

    @GetMapping("/orders/count")
    public Map<String, Object> count(@org.springframework.web.bind.annotation.RequestParam int status,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String seller) {
        return Map.of("status", status, "count", accounts.named(seller).orders().countInStatus(status));
    }

    @GetMapping("/orders/{id}")
    public Map<String, Object> order(@PathVariable long id) {
        return book(id).read(id, this::raw);
    }

    @PostMapping("/orders/{id}/cancel")
    public Map<String, Object> cancel(@PathVariable long id, @RequestBody(required = false) StatusBody body) {
        book(id).cancelByBuyer(id, body == null || body.status() == null ? 45 : body.status());
        return order(id);
    }

    @PostMapping("/orders/{id}/status")
    public Map<String, Object> forceStatus(@PathVariable long id, @RequestBody StatusBody body) {
        if (body.status() == null) {
            throw new IllegalArgumentException("status is required");
        }
        book(id).forceStatus(id, body.status(), body.ttn());
        return order(id);
    }

    @PostMapping("/orders/{id}/items")
    public Map<String, Object> editItems(@PathVariable long id, @RequestBody ItemsBody body) {
        if (body.changes() == null || body.changes().isEmpty()) {
            throw new IllegalArgumentException("changes are required");
        }
        book(id).editItems(id, body.changes());
        return order(id);
    }

    @PostMapping("/orders/{id}/payment")
    public Map<String, Object> payment(@PathVariable long id, @RequestBody StatusBody body) {
        if (body.status() == null) {
            throw new IllegalArgumentException("status (a status_payment_id) is required");
        }
        book(id).changePayment(id, body.status());
        return order(id);
    }

    @GetMapping("/clock")
    public Map<String, Object> clock() {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("now", KyivTime.format(clock.now()));
        now.put("offset", clock.offset().toString());
        return now;
    }

    @PostMapping("/clock/advance")
    public Map<String, Object> advance(@RequestBody ClockAdvance body) {
        Duration by = Duration.ofDays(orZero(body.days())).plusHours(orZero(body.hours()))
                .plusMinutes(orZero(body.minutes()));
        if (by.isZero() || by.isNegative()) {
            throw new IllegalArgumentException("give days, hours or minutes, more than zero");
        }
        clock.advance(by);
        accounts.all().forEach(account -> account.orders().catchUp());
        return clock();
    }

    @GetMapping("/faults")
    public Map<String, Object> faults() {
        return Map.of("faults", faults.rules(), "refusals", refusals.describe(), "wrongAnswers", wrong.describe());
    }

    @PostMapping("/faults")
    public Map<String, Object> setFaults(@RequestBody FaultsBody body) {
        if (body.clear()) {
            faults.clear();
            refusals.reset();
            wrong.clear();
        }
        if (body.pageCount() != null || body.padBytes() != null) {
            wrong.pages(body.pageCount(), body.padBytes() == null ? 0 : body.padBytes());
        }
        if (body.expireTokens()) {
            tokens.expireAll();
        }
        if (body.endpoint() != null && !body.endpoint().isBlank()) {
            faults.set(body.endpoint(), new FaultRule(body.errorShare(), body.errorStatus(), body.latencyMs(),
                    body.timeoutShare(), body.timeoutMs(), body.malformedShare(), body.times(),
                    body.retryAfterSeconds()));
        }
        refusals.set(body.refusalWording() == null ? null : Refusals.wording(body.refusalWording()),
                body.refusalDetails() == null ? null : Refusals.DetailsShape.of(body.refusalDetails()));
        return faults();
    }

    /** The order as the Seller API will answer it: fields dropped and set, until the faults are cleared. */
    @PostMapping("/orders/{id}/distort")
    public Map<String, Object> distort(@PathVariable long id, @RequestBody WrongAnswers.Distortion body) {
        book(id).read(id, this::raw);
        wrong.distort(id, body);
        return wrong.describe();
    }

    @DeleteMapping("/faults")
    public Map<String, Object> clearFaults() {
        faults.clear();
        refusals.reset();
        wrong.clear();
        return faults();
    }

    @GetMapping("/stats")
    public Map<String, Object> stats() {
        return stats.snapshot();
    }

    @PostMapping("/reset")
    public Map<String, Object> reset() {
        accounts.defaultAccount().orders().reset();
        chats.reset();
        tokens.expireAll();
        faults.clear();
        refusals.reset();
        wrong.clear();
        stats.reset();
        clock.reset();
        random.reset();
        otherParts.forEach(SandboxPart::reset);
        return Map.of("reset", true);
    }

    @ExceptionHandler(OrderNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public Map<String, Object> notFound(OrderNotFound e) {
        return Map.of("error", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, Object> badRequest(IllegalArgumentException e) {
        return Map.of("error", e.getMessage());
    }

    @ExceptionHandler(StatusChangeRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public Map<String, Object> refused(StatusChangeRefused e) {
        return Map.of("error", e.reason());
    }

    /** The orders of the seller whose order this is. */
    private OrderBook book(long orderId) {
        return accounts.holding(orderId).orders();
    }

    private Map<String, Object> raw(SandboxOrder order) {
        Map<String, Object> raw = json.render(order, EVERYTHING);
        Map<String, Object> sandbox = new LinkedHashMap<>();
        sandbox.put("shipped_at", KyivTime.format(order.shippedAt()));
        sandbox.put("card_payment", order.payment().isCard());
        raw.put("sandbox", sandbox);
        return raw;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
