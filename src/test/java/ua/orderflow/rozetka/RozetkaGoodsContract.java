package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.rozetka.model.ItemUpdate;
import ua.orderflow.rozetka.model.RozetkaItem;

/**
 * The goods reads and {@code PUT /items/mass-update} (rozetka-seller-api.md §8.2), against WireMock
 * stubs from the apidoc's examples and against the sandbox over HTTP: each case is a fact the stock
 * and price push relies on.
 */
abstract class RozetkaGoodsContract {

    /** The goods of a shop with nothing cached. */
    abstract RozetkaGoods goods();

    /** How many items the shop lists on ROZETKA. */
    abstract int itemCount();

    /** An item the shop lists, with its price-list offer id. */
    abstract RozetkaItem anItem();

    /** ROZETKA forgets every token it issued. */
    abstract void expireTokens();

    /** The next mass-updates answer HTTP 503. */
    abstract void massUpdatesFail();

    /** ROZETKA's stock of the item now, as its own side shows it. */
    abstract int stockOnRozetka(long rzItemId);

    @Test
    void everyItemIsReadOnceWithItsOfferIdStockAndPrice() {
        List<RozetkaItem> items = goods().all();
        assertThat(items).hasSize(itemCount());
        assertThat(items).extracting(RozetkaItem::rzItemId).doesNotHaveDuplicates();
        RozetkaItem item = anItem();
        assertThat(items).filteredOn(i -> i.rzItemId() == item.rzItemId()).singleElement().satisfies(i -> {
            assertThat(i.priceOfferId()).isEqualTo(item.priceOfferId());
            assertThat(i.price()).isPositive();
            assertThat(i.stockQuantity()).isNotNull();
            assertThat(i.shownName()).isNotBlank();
        });
    }

    @Test
    void anItemIsFoundByItsPriceListOfferId() {
        RozetkaItem item = anItem();
        assertThat(goods().byPriceOfferId(item.priceOfferId())).extracting(RozetkaItem::rzItemId)
                .containsExactly(item.rzItemId());
    }

    @Test
    void aMassUpdateSetsTheStockAndAnswersNoRejections() {
        RozetkaItem item = anItem();
        Map<Long, String> rejected = goods().massUpdate(List.of(
                new ItemUpdate(item.rzItemId(), 7, null, null, null)));
        assertThat(rejected).isEmpty();
        assertThat(stockOnRozetka(item.rzItemId())).isEqualTo(7);
    }

    @Test
    void aRejectedItemComesBackByItsIdWithROZETKAsReasonAndTheOthersAreTaken() {
        RozetkaItem item = anItem();
        Map<Long, String> rejected = goods().massUpdate(List.of(
                new ItemUpdate(item.rzItemId(), 3, null, null, null),
                new ItemUpdate(999_999_999L, 5, new BigDecimal("100"), null, null)));
        assertThat(rejected).containsOnlyKeys(999_999_999L);
        assertThat(rejected.get(999_999_999L)).isNotBlank();
        assertThat(stockOnRozetka(item.rzItemId())).isEqualTo(3);
    }

    @Test
    void moreThanAHundredItemsAreRefusedBeforeAnyCall() {
        List<ItemUpdate> many = Collections.nCopies(101, new ItemUpdate(1L, 1, null, null, null));
        assertThatThrownBy(() -> goods().massUpdate(many)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpiredTokenIsRenewedAndTheUpdateReplayed() {
        RozetkaGoods goods = goods();
        goods.all();
        expireTokens();
        assertThat(goods.massUpdate(List.of(new ItemUpdate(anItem().rzItemId(), 4, null, null, null)))).isEmpty();
    }

    @Test
    void anUnavailableROZETKAIsTypedSoThePushRetries() {
        massUpdatesFail();
        assertThatThrownBy(() -> goods().massUpdate(List.of(new ItemUpdate(anItem().rzItemId(), 1, null, null, null))))
                .isInstanceOf(RozetkaException.Unavailable.class);
    }
}
