package ua.orderflow.sandbox.api;

import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.order.OrderNotFound;
import ua.orderflow.sandbox.search.InvalidQuery;
import ua.orderflow.sandbox.status.StatusChangeRefused;

/** Seller API failures the ROZETKA way: HTTP 200 with {success:false, errors{message, code, details}}. */
@RestControllerAdvice(assignableTypes = {SellerAuthController.class, SellerOrdersController.class,
        SellerStatusesController.class})
@ConditionalOnSandbox
public class SellerApiErrors {

    @ExceptionHandler(StatusChangeRefused.class)
    public Map<String, Object> refused(StatusChangeRefused e) {
        return Envelope.error("check_correctness_of_data", Envelope.CHECK_CORRECTNESS_OF_DATA, e.field(), e.reason());
    }

    @ExceptionHandler(InvalidQuery.class)
    public Map<String, Object> invalid(InvalidQuery e) {
        return Envelope.error("incorrect_data_format", Envelope.INCORRECT_DATA_FORMAT, e.field(), e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            NumberFormatException.class})
    public Map<String, Object> unreadable(Exception e) {
        return Envelope.error("incorrect_data_format", Envelope.INCORRECT_DATA_FORMAT, null);
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
