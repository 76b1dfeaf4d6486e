package ua.orderflow.sandbox.rozetka.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.fault.Refusals;
import ua.orderflow.sandbox.rozetka.chat.ChatNotFound;
import ua.orderflow.sandbox.rozetka.chat.MessageRefused;
import ua.orderflow.sandbox.rozetka.order.OrderNotFound;
import ua.orderflow.sandbox.rozetka.search.InvalidQuery;
import ua.orderflow.sandbox.rozetka.status.StatusChangeRefused;

/** Seller API failures the ROZETKA way: HTTP 200 with {success:false, errors{message, code, details}}. */
@RestControllerAdvice(assignableTypes = {SellerAuthController.class, SellerOrdersController.class,
        SellerStatusesController.class, SellerStatusAvailablesController.class, SellerMessagesController.class})
@ConditionalOnSandbox
public class SellerApiErrors {

    private static final String UNREADABLE = "Неправильний формат даних.";

    private final Refusals refusals;

    public SellerApiErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(StatusChangeRefused.class)
    public Map<String, Object> refused(StatusChangeRefused e) {
        String reason = e.isNextUnavailable() ? refusals.wordNextUnavailable(e.reason()) : e.reason();
        return Envelope.error("check_correctness_of_data", Envelope.CHECK_CORRECTNESS_OF_DATA, e.field(), reason,
                refusals.shape());
    }

    @ExceptionHandler(InvalidQuery.class)
    public Map<String, Object> invalid(InvalidQuery e) {
        return Envelope.error("incorrect_data_format", Envelope.INCORRECT_DATA_FORMAT, e.problems().stream()
                .map(problem -> {
                    Map<String, String> attribute = new LinkedHashMap<>();
                    attribute.put("field", problem.field());
                    attribute.put("message", problem.message());
                    return attribute;
                }).toList());
    }

    @ExceptionHandler(UnreadableBody.class)
    public Map<String, Object> unreadable(UnreadableBody e) {
        return Envelope.error("incorrect_data_format", Envelope.INCORRECT_DATA_FORMAT, e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            NumberFormatException.class})
    public Map<String, Object> unreadable(Exception e) {
        return Envelope.error("incorrect_data_format", Envelope.INCORRECT_DATA_FORMAT, UNREADABLE);
    }

    /** A message ROZETKA would not take: a missing field is 1001, a wrong one 1002, as Yii2 validates. */
    @ExceptionHandler(MessageRefused.class)
    public Map<String, Object> messageRefused(MessageRefused e) {
        boolean missing = e.getMessage().startsWith("Необхідно");
        return Envelope.error(missing ? "required_parameter" : "incorrect_data_format",
                missing ? Envelope.REQUIRED_PARAMETER : Envelope.INCORRECT_DATA_FORMAT,
                Map.of(e.field(), List.of(e.getMessage())));
    }

    @ExceptionHandler(ChatNotFound.class)
    public Map<String, Object> chatNotFound(ChatNotFound e) {
        return Envelope.error("model_not_found", Envelope.MODEL_NOT_FOUND, null);
    }

    @ExceptionHandler(OrderNotFound.class)
    public Map<String, Object> notFound(OrderNotFound e) {
        return Envelope.error("model_not_found", Envelope.MODEL_NOT_FOUND, null);
    }

    /** The logout without an Authorization header: the interceptor answers first, this is the fallback. */
    @ExceptionHandler(MissingRequestHeaderException.class)
    public Map<String, Object> noToken(MissingRequestHeaderException e) {
        return Envelope.incorrectAccessToken();
    }
}
