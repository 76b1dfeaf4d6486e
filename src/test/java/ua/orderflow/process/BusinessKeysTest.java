package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BusinessKeysTest {

    @Test
    void anOrdersKeyGivesItsShopAndOrder() {
        assertThat(BusinessKeys.shop("sandbox:812345678")).isEqualTo("sandbox");
        assertThat(BusinessKeys.order("sandbox:812345678")).isEqualTo(812345678L);
    }

    @Test
    void aMessagesKeyGivesTheOrderItIsAbout() {
        assertThat(BusinessKeys.shop("shop-2:812345678:message-7")).isEqualTo("shop-2");
        assertThat(BusinessKeys.order("shop-2:812345678:message-7")).isEqualTo(812345678L);
    }

    @Test
    void aKeyWithoutTheShopSaysSo() {
        assertThat(assertThrows(IllegalStateException.class, () -> BusinessKeys.shop("812345678")).getMessage())
                .contains("«812345678»");
        assertThrows(IllegalStateException.class, () -> BusinessKeys.order((String) null));
    }
}
