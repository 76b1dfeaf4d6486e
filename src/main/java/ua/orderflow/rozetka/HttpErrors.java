package ua.orderflow.rozetka;

import feign.Response;
import feign.codec.ErrorDecoder;

/** Non-2xx answers: 401 is an expired token, 404 not found, 5xx (and anything odd) unavailable. */
final class HttpErrors implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        String what = "HTTP " + status + " from ROZETKA (" + methodKey + ")";
        if (status == 401) {
            return new RozetkaException.TokenExpired(what, null);
        }
        if (status == 404) {
            return new RozetkaException.NotFound(what, null);
        }
        if (status >= 500 || status == 429 || status == 408) {
            return new RozetkaException.Unavailable(what, status, null);
        }
        return new RozetkaException(what, status, null);
    }
}
