package ua.orderflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import ua.orderflow.sync.OrderSource;

/**
 * Our API's errors as JSON with a message a person can act on: every refusal a 4xx in words, and
 * what we did not foresee a 500 without a stack trace (the trace goes to the log).
 */
@RestControllerAdvice(basePackages = "ua.orderflow.web")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return answer(HttpStatus.NOT_FOUND, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler(OrderSource.SourceUnavailableException.class)
    ResponseEntity<Map<String, String>> rozetkaDown(OrderSource.SourceUnavailableException e) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, "ROZETKA недоступна: " + e.getMessage());
    }

    @ExceptionHandler(CsvUpload.TooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(CsvUpload.TooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> wrongType(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "Неправильне значення «" + e.getName() + "»: "
                + (Number.class.isAssignableFrom(boxed(e.getRequiredType())) ? "очікується число" : "не розпізнано"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Не вказано параметр «" + e.getParameterName() + "»");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "Тіло запиту не прочитано: неправильний формат або кодування");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unforeseen(Exception e, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Внутрішня помилка сервісу; подробиці в журналі сервісу");
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == null) {
            return Object.class;
        }
        return type == long.class ? Long.class : type == int.class ? Integer.class : type;
    }
}
