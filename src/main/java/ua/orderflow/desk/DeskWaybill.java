package ua.orderflow.desk;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import ua.orderflow.novaposhta.shipping.StoredWaybill;
import ua.orderflow.novaposhta.shipping.WaybillBook;

/** The order page's Nova Poshta section: the order's waybill made here, if any. */
@ControllerAdvice(assignableTypes = OrderPage.class)
public class DeskWaybill {

    private final WaybillBook waybills;

    public DeskWaybill(WaybillBook waybills) {
        this.waybills = waybills;
    }

    @ModelAttribute("waybill")
    public StoredWaybill waybill(@PathVariable(required = false) String shop,
            @PathVariable(required = false) Long orderId) {
        return shop == null || orderId == null ? null : waybills.live(shop, orderId).orElse(null);
    }
}
