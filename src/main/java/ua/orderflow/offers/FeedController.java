package ua.orderflow.offers;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.shop.Shops;

/**
 * {@code GET /feed/{token}.xml}: the shop's price list for ROZETKA to read, without a login (ROZETKA
 * sends none) but at a URL nobody guesses. ETag and Last-Modified let a reader that has the current
 * one get a 304 instead; an unknown token is a plain 404 that tells nothing.
 */
@RestController
class FeedController {

    private final FeedTokens tokens;
    private final PriceListFeed feed;
    private final Shops shops;

    FeedController(FeedTokens tokens, PriceListFeed feed, Shops shops) {
        this.tokens = tokens;
        this.feed = feed;
        this.shops = shops;
    }

    @GetMapping("/feed/{token}.xml")
    ResponseEntity<byte[]> priceList(@PathVariable String token) {
        Optional<FeedTokens.Feed> found = tokens.byToken(token);
        if (found.isEmpty() || shops.shops().stream().noneMatch(s -> s.id().equals(found.get().shopId()))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("Прайс-лист не знайдено".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String shopId = found.get().shopId();
        PriceListFeed.Body body = feed.render(shops.byId(shopId));
        LocalDateTime modified = tokens.changed(shopId, body.etag());
        String etag = "\"" + body.etag() + "\"";
        long lastModified = modified.toInstant(ZoneOffset.UTC).toEpochMilli() / 1000 * 1000;
        // Spring answers a conditional GET whose ETag or date still holds with 304 and no body
        return ResponseEntity.ok().eTag(etag).lastModified(lastModified).cacheControl(CacheControl.noCache())
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(body.withDate(modified));
    }
}
