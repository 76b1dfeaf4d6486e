package ua.orderflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request no endpoint takes: no such path, a wrong method or body type. No controller is chosen
 * yet, so {@link ApiErrors} (scoped to ours) never sees it. Under /api the answer is in words;
 * elsewhere (the sandbox) it keeps the framework's usual shape.
 */
@RestControllerAdvice
class RoutingErrors {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchPath(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Такої адреси в API немає: " + request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "Метод " + e.getMethod() + " тут не підтримується");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Непідтримуваний тип тіла запиту: "
                + e.getContentType() + "; очікується " + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_ACCEPTABLE, "Відповідь можлива лише як JSON");
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpServletRequest request, HttpStatus status,
            String message) {
        String path = request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).body(Map.of("message", message));
        }
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", status.getReasonPhrase(),
                "path", path));
    }
}
