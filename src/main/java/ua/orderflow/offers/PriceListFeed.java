package ua.orderflow.offers;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shop;

/**
 * The shop's price list in YML (Yandex Market Language) as ROZETKA reads it from a URL: yml_catalog
 * with its date, the shop, UAH as the currency, the categories and one offer per product with its
 * availability, stock quantity, prices, vendor code and Ukrainian name, from the numbers the push
 * sends (a price held for moderation stays at the one ROZETKA has).
 */
@Component
class PriceListFeed {

    private static final DateTimeFormatter YML_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final String DATE_MARK = "%%DATE%%";

    private final OfferNumbers numbers;
    private final OfferLinks links;

    PriceListFeed(OfferNumbers numbers, OfferLinks links) {
        this.numbers = numbers;
        this.links = links;
    }

    /** The body with a placeholder for the date, so that its hash changes only with its content. */
    record Body(String xml, String etag) {

        byte[] withDate(LocalDateTime modifiedUtc) {
            String date = YML_DATE.format(modifiedUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(KYIV));
            return xml.replace(DATE_MARK, date).getBytes(StandardCharsets.UTF_8);
        }
    }

    Body render(Shop shop) {
        List<OfferNumbers.Offer> offers = numbers.all();
        Map<String, OfferLinks.Link> linked = links.of(shop.id(), offers.stream().map(OfferNumbers.Offer::offerId).toList());
        Map<String, Long> categories = new TreeMap<>();
        offers.forEach(o -> categories.put(category(o), categoryId(category(o))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("yml_catalog");
            xml.writeAttribute("date", DATE_MARK);
            xml.writeStartElement("shop");
            element(xml, "name", shop.name() == null ? shop.id() : shop.name());
            element(xml, "company", shop.name() == null ? shop.id() : shop.name());
            xml.writeStartElement("currencies");
            xml.writeEmptyElement("currency");
            xml.writeAttribute("id", "UAH");
            xml.writeAttribute("rate", "1");
            xml.writeEndElement();
            xml.writeStartElement("categories");
            for (Map.Entry<String, Long> category : categories.entrySet()) {
                xml.writeStartElement("category");
                xml.writeAttribute("id", String.valueOf(category.getValue()));
                xml.writeCharacters(category.getKey());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("offers");
            for (OfferNumbers.Offer offer : offers) {
                if (offer.price() != null && offer.price().signum() > 0) {
                    offer(xml, offer, linked.get(offer.offerId()));
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The price list could not be written", e);
        }
        String body = out.toString(StandardCharsets.UTF_8);
        return new Body(body, sha256(body));
    }

    private static void offer(XMLStreamWriter xml, OfferNumbers.Offer offer, OfferLinks.Link link)
            throws XMLStreamException {
        boolean held = link != null && link.heldPrice() != null && link.pushedPrice() != null;
        xml.writeStartElement("offer");
        xml.writeAttribute("id", offer.offerId());
        xml.writeAttribute("available", String.valueOf(offer.available() > 0));
        element(xml, "price", money(held ? link.pushedPrice() : offer.price()));
        if (offer.priceOld() != null) {
            element(xml, "price_old", money(offer.priceOld()));
        }
        if (offer.pricePromo() != null) {
            element(xml, "price_promo", money(offer.pricePromo()));
        }
        element(xml, "stock_quantity", String.valueOf(offer.available()));
        element(xml, "currencyId", "UAH");
        element(xml, "categoryId", String.valueOf(categoryId(category(offer))));
        if (offer.picture() != null) {
            element(xml, "picture", offer.picture());
        }
        if (offer.vendor() != null) {
            element(xml, "vendor", offer.vendor());
        }
        if (offer.article() != null && !offer.article().isBlank()) {
            element(xml, "vendorCode", offer.article());
        }
        element(xml, "name", offer.name());
        element(xml, "name_ua", offer.name());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static String category(OfferNumbers.Offer offer) {
        return offer.category() == null || offer.category().isBlank() ? "Інше" : offer.category();
    }

    /** A category keeps its id for as long as its name: ROZETKA forbids changing ids once listed. */
    static long categoryId(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return 1 + crc.getValue() % 999_999_999L;
    }

    /** A point as the decimal mark, whatever the locale, as YML requires. */
    static String money(BigDecimal price) {
        return price.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
