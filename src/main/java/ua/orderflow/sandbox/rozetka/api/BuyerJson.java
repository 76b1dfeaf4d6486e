package ua.orderflow.sandbox.rozetka.api;

import java.util.LinkedHashMap;
import java.util.Map;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.rozetka.order.Buyer;
import ua.orderflow.sandbox.rozetka.order.Delivery;
import ua.orderflow.sandbox.rozetka.order.Person;

/** The buyer's side of an order in ROZETKA's JSON: the buyer's name, the user and the delivery to the recipient. */
final class BuyerJson {

    private BuyerJson() {
    }

    static Map<String, Object> title(Person p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("first_name", p.firstName());
        json.put("last_name", p.lastName());
        json.put("second_name", p.secondName());
        json.put("full_name", p.fullName());
        return json;
    }

    static Map<String, Object> user(Buyer b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", b.userId());
        json.put("has_email", b.hasEmail());
        json.put("contact_fio", b.person().firstName() + " " + b.person().lastName());
        json.put("email", b.email());
        return json;
    }

    static Map<String, Object> delivery(Delivery d, Buyer buyer) {
        Person r = d.recipient();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("delivery_service_id", Delivery.NOVA_POSHTA);
        json.put("delivery_service_name", "Нова Пошта");
        json.put("delivery_method_id", d.methodId());
        json.put("recipient_title", r.fullName());
        json.put("recipient_first_name", r.firstName());
        json.put("recipient_last_name", r.lastName());
        json.put("recipient_second_name", r.secondName());
        json.put("recipient_phone", r.phone());
        json.put("another_recipient", d.anotherRecipient() ? 1 : 0);
        json.put("email", buyer.hasEmail() && !"true".equals(buyer.email()) ? buyer.email() : null);
        json.put("place_id", d.methodId() == Delivery.BRANCH ? d.placeId() : null);
        json.put("pickup_rz_id", null);
        json.put("pickup_type", null);
        json.put("place_street", d.placeStreet());
        json.put("place_number", d.placeNumber());
        json.put("place_house", d.placeHouse());
        json.put("place_flat", d.placeFlat());
        json.put("street_id", null);
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("id", d.city().id());
        city.put("uuid", null);
        city.put("city_name", d.city().name());
        city.put("name", d.city().name());
        city.put("name_ua", d.city().name());
        city.put("name_en", d.city().nameEn());
        city.put("title", d.city().name());
        city.put("region_title", d.city().region());
        city.put("status", 1);
        json.put("city", city);
        json.put("cost", Money.of(d.cost()));
        json.put("reserve_date", KyivTime.formatDate(d.reserveDate()));
        json.put("delivery_date", null);
        json.put("ref_id", d.refId());
        json.put("name_logo", "nova-pochta");
        return json;
    }
}
