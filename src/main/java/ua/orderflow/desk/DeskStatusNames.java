package ua.orderflow.desk;

import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.shop.Shops;

/**
 * ROZETKA's status names for the desk's pages. Orders of a shop no longer in the settings still
 * show: the names are ROZETKA's own, the same in every seller account, so another shop's catalogue names them.
 */
@Component
public class DeskStatusNames {

    private final StatusNames names;
    private final Shops shops;

    DeskStatusNames(StatusNames names, Shops shops) {
        this.names = names;
        this.shops = shops;
    }

    public String nameOf(String shopId, int status) {
        boolean configured = shops.shops().stream().anyMatch(s -> s.id().equals(shopId));
        if (!configured && shops.shops().isEmpty()) {
            return "Статус " + status;
        }
        return names.nameOf(configured ? shopId : shops.shops().get(0).id(), status);
    }
}
