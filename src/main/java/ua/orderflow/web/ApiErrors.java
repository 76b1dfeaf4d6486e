package ua.orderflow.web;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ua.orderflow.sync.OrderSource;

/** Our API's errors as JSON with a message a person can act on. */
@RestControllerAdvice(basePackages = "ua.orderflow")
public class ApiErrors {

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(OrderSource.SourceUnavailableException.class)
    ResponseEntity<Map<String, String>> rozetkaDown(OrderSource.SourceUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("message", "ROZETKA недоступна: " + e.getMessage()));
    }

    @ExceptionHandler(CsvUpload.TooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(CsvUpload.TooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("message", String.valueOf(e.getMessage())));
    }
}
