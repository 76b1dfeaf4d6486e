package ua.orderflow.sandbox.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The address directory's methods: settlements by name and a city's branches. */
final class NpAddressAnswers {

    private static final int WAREHOUSE_PAGE = 500;

    private NpAddressAnswers() {
    }

    static Map<String, Object> settlements(JsonNode props) {
        String name = props.path("CityName").asText("");
        List<Object> addresses = new ArrayList<>();
        NpDirectory.cityRef(name).ifPresent(ref -> {
            String city = NpDirectory.cityName(ref).orElse(name);
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("Present", "м. " + city);
            address.put("Warehouses", 25);
            address.put("MainDescription", city);
            address.put("Area", "");
            address.put("Region", "");
            address.put("SettlementTypeCode", "м.");
            address.put("Ref", UUID.nameUUIDFromBytes(("np-settlement:" + city).getBytes(StandardCharsets.UTF_8))
                    .toString());
            address.put("DeliveryCity", ref);
            address.put("AddressDeliveryAllowed", true);
            address.put("StreetsAvailability", true);
            addresses.add(address);
        });
        return NpAnswer.ok(List.of(Map.of("TotalCount", addresses.size(), "Addresses", addresses)));
    }

    /** The city's branches (CityRef), or the one numbered WarehouseId, paged; info carries the total. */
    static Map<String, Object> warehouses(JsonNode props) {
        String cityRef = props.path("CityRef").asText("");
        String city = NpDirectory.cityName(cityRef).orElse(null);
        if (city == null) {
            return NpAnswer.ok(List.of(), Map.of("totalCount", 0));
        }
        String wanted = props.path("WarehouseId").asText("");
        int limit = Math.max(1, Math.min(WAREHOUSE_PAGE, props.path("Limit").asInt(WAREHOUSE_PAGE)));
        int page = Math.max(1, props.path("Page").asInt(1));
        List<Object> rows = new ArrayList<>();
        int total = 0;
        for (int n = 1; n <= NpDirectory.BRANCHES; n++) {
            if (!wanted.isBlank() && !wanted.equals(String.valueOf(n))) {
                continue;
            }
            total++;
            if (total <= (page - 1) * limit || rows.size() >= limit) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Ref", NpDirectory.branchRef(city, n));
            row.put("Description", "Відділення №" + n + ": " + city);
            row.put("ShortAddress", city);
            row.put("Number", String.valueOf(n));
            row.put("CityRef", cityRef);
            row.put("CityDescription", city);
            row.put("TypeOfWarehouse", "841339c7-591a-42e2-8233-7a0a00f0ed6f");
            row.put("CategoryOfWarehouse", "Branch");
            row.put("PlaceMaxWeightAllowed", String.valueOf(NpDirectory.PLACE_MAX_WEIGHT));
            row.put("TotalMaxWeightAllowed", "0");
            row.put("WarehouseStatus", "Working");
            rows.add(row);
        }
        return NpAnswer.ok(rows, Map.of("totalCount", total));
    }
}
