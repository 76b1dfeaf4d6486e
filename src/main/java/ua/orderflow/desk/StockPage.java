package ua.orderflow.desk;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ua.orderflow.access.Caller;
import ua.orderflow.access.Role;
import ua.orderflow.offers.OfferDesk;
import ua.orderflow.offers.OfferMapping;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * The stock page: per product what the books hold (on hand, reserved, available), what ROZETKA was
 * last sent and when, errors, low stock, prices held for ROZETKA's moderation, products and ROZETKA
 * items not linked, and the shop's price-list URL. Supervisors send held prices on, link again and
 * rotate the URL.
 */
@Controller
public class StockPage {

    private final OfferDesk offers;
    private final Shops shops;

    public StockPage(OfferDesk offers, Shops shops) {
        this.offers = offers;
        this.shops = shops;
    }

    @GetMapping("/desk/stock")
    public String show(@RequestParam(required = false) String shop, Model model, HttpServletRequest request) {
        Shop chosen = chosen(shop);
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        boolean supervisor = caller != null && caller.hasAnyOf(Role.SUPERVISOR);
        model.addAttribute("shop", chosen);
        model.addAttribute("shops", shops.shops());
        model.addAttribute("rows", offers.rows(chosen.id()));
        model.addAttribute("low", offers.lowStock(chosen.id()));
        model.addAttribute("lowMark", offers.lowStockMark());
        model.addAttribute("unmatched", offers.unmatched(chosen.id()));
        model.addAttribute("supervisor", supervisor);
        if (supervisor) {
            model.addAttribute("feed", offers.feed(chosen.id()));
            model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/feed/" + offers.feed(chosen.id()).token() + ".xml").toUriString());
        }
        model.addAttribute("csrf", DeskCsrf.token(request));
        return "desk/stock";
    }

    @PostMapping("/desk/stock/{shop}/prices/{offerId}/approve")
    public String approve(@PathVariable String shop, @PathVariable String offerId,
            @RequestParam(name = DeskCsrf.PARAMETER, required = false) String csrf, HttpServletRequest request,
            RedirectAttributes flash) {
        if (allowed(request, csrf, flash)) {
            if (offers.approvePrice(chosen(shop).id(), offerId)) {
                flash.addFlashAttribute("notice", "Ціну " + offerId + " надіслано до ROZETKA; до схвалення"
                        + " модератором ROZETKA діє попередня");
            } else {
                flash.addFlashAttribute("problem", "Для " + offerId + " немає затриманої ціни");
            }
        }
        return "redirect:/desk/stock?shop=" + chosen(shop).id();
    }

    @PostMapping("/desk/stock/{shop}/links")
    public String relink(@PathVariable String shop,
            @RequestParam(name = DeskCsrf.PARAMETER, required = false) String csrf, HttpServletRequest request,
            RedirectAttributes flash) {
        if (allowed(request, csrf, flash)) {
            try {
                OfferMapping.Result result = offers.relink(chosen(shop).id());
                flash.addFlashAttribute("notice", "Зв'язано з ROZETKA: " + result.linked() + "; без товару ROZETKA: "
                        + result.unlinkedProducts() + "; товарів ROZETKA без нашого: " + result.itemsWithoutProduct());
            } catch (RozetkaException e) {
                flash.addFlashAttribute("problem", "ROZETKA недоступна; спробуйте пізніше");
            }
        }
        return "redirect:/desk/stock?shop=" + chosen(shop).id();
    }

    @PostMapping("/desk/stock/{shop}/feed/rotate")
    public String rotate(@PathVariable String shop,
            @RequestParam(name = DeskCsrf.PARAMETER, required = false) String csrf, HttpServletRequest request,
            RedirectAttributes flash) {
        if (allowed(request, csrf, flash)) {
            offers.rotateFeed(chosen(shop).id());
            flash.addFlashAttribute("notice", "Адресу прайс-листа змінено: стара більше не відкривається."
                    + " Вкажіть нову в кабінеті продавця ROZETKA");
        }
        return "redirect:/desk/stock?shop=" + chosen(shop).id();
    }

    private static boolean allowed(HttpServletRequest request, String csrf, RedirectAttributes flash) {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (!DeskCsrf.valid(request, csrf)) {
            flash.addFlashAttribute("problem", "Форма застаріла: оновіть сторінку і спробуйте ще раз");
            return false;
        }
        if (caller == null || !caller.hasAnyOf(Role.SUPERVISOR)) {
            flash.addFlashAttribute("problem", "Це може зробити лише супервізор");
            return false;
        }
        return true;
    }

    private Shop chosen(String shopId) {
        return shops.shops().stream().filter(s -> s.id().equals(shopId)).findFirst().orElse(shops.shops().get(0));
    }
}
