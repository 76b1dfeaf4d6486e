package ua.orderflow.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.sandbox.rozetka.api.OrderJson;
import ua.orderflow.sandbox.rozetka.api.SellerApiInterceptor;
import ua.orderflow.sandbox.rozetka.api.TokenStore;
import ua.orderflow.sandbox.rozetka.carrier.Carrier;
import ua.orderflow.sandbox.rozetka.carrier.CarrierFates;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.fault.CallStats;
import ua.orderflow.sandbox.fault.Faults;
import ua.orderflow.sandbox.fault.Refusals;
import ua.orderflow.sandbox.fault.WrongAnswers;
import ua.orderflow.sandbox.novaposhta.NpCalls;
import ua.orderflow.sandbox.novaposhta.NpMethods;
import ua.orderflow.sandbox.novaposhta.NpParcels;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;
import ua.orderflow.sandbox.rozetka.goods.Shelf;
import ua.orderflow.sandbox.rozetka.order.Catalogue;
import ua.orderflow.sandbox.rozetka.order.OrderBook;
import ua.orderflow.sandbox.rozetka.order.OrderFactory;
import ua.orderflow.sandbox.rozetka.seller.SellerAccount;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;
import ua.orderflow.sandbox.rozetka.status.StatusRules;
import ua.orderflow.sandbox.rozetka.status.TransitionTable;

/** Wires the ROZETKA and Nova Poshta simulators; none of it exists when {@code orderflow.sandbox.enabled} is false. */
@Configuration
@ConditionalOnSandbox
public class SandboxConfiguration {

    private final SandboxProperties properties;

    public SandboxConfiguration(SandboxProperties properties) {
        this.properties = properties;
    }

    @Bean
    SandboxClock sandboxClock() {
        return new SandboxClock(Clock.systemUTC());
    }

    @Bean
    SandboxRandom sandboxRandom() {
        return new SandboxRandom(properties.seed());
    }

    @Bean
    StatusCatalogue sandboxStatusCatalogue() {
        return StatusCatalogue.load();
    }

    @Bean
    StatusRules sandboxStatusRules(StatusCatalogue statuses) {
        return new StatusRules(statuses, TransitionTable.load());
    }

    @Bean
    Catalogue sandboxCatalogue() {
        return Catalogue.load();
    }

    @Bean
    Shelf sandboxShelf(Catalogue catalogue, SandboxClock clock) {
        return new Shelf(catalogue, clock);
    }

    @Bean
    CarrierFates sandboxCarrierFates() {
        return new CarrierFates(properties.carrier());
    }

    @Bean
    OrderBook sandboxOrderBook(SandboxClock clock, StatusCatalogue statuses, StatusRules rules, SandboxRandom random,
            Catalogue catalogue, CarrierFates fates) {
        return new OrderBook(clock, statuses, rules, new OrderFactory(catalogue),
                new Carrier(fates, random, statuses, rules.table()), random);
    }

    @Bean
    ChatBook sandboxChatBook(SandboxClock clock, OrderBook orders) {
        return new ChatBook(clock, orders);
    }

    /**
     * The default seller (the beans above: the generator, the admin pages and Nova Poshta work on
     * them) and one account per {@code orderflow.sandbox.sellers[]}, each with books of its own.
     */
    @Bean
    SellerAccounts sandboxSellerAccounts(OrderBook orders, Shelf shelf, ChatBook chats, SandboxClock clock,
            StatusCatalogue statuses, StatusRules rules, SandboxRandom random, Catalogue catalogue,
            CarrierFates fates) {
        List<SellerAccount> accounts = new ArrayList<>();
        accounts.add(new SellerAccount(0, properties.username(), properties.password(), "Демо-магазин", orders, shelf,
                chats));
        for (SandboxProperties.SellerLogin login : properties.sellers()) {
            int number = accounts.size();
            OrderBook book = new OrderBook(clock, statuses, rules, new OrderFactory(catalogue),
                    new Carrier(fates, random, statuses, rules.table()), random, number);
            accounts.add(new SellerAccount(number, login.username(), login.password(),
                    login.title() == null ? login.username() : login.title(), book, new Shelf(catalogue, clock),
                    new ChatBook(clock, book)));
        }
        return new SellerAccounts(accounts);
    }

    @Bean
    OrderJson sandboxOrderJson(StatusCatalogue statuses, StatusRules rules) {
        return new OrderJson(statuses, rules);
    }

    @Bean
    TokenStore sandboxTokens(SandboxClock clock) {
        return new TokenStore(clock, properties.tokenTtl());
    }

    @Bean
    Faults sandboxFaults(SandboxRandom random) {
        return new Faults(random);
    }

    @Bean
    WrongAnswers sandboxWrongAnswers() {
        return new WrongAnswers();
    }

    @Bean
    Refusals sandboxRefusals() {
        return new Refusals();
    }

    @Bean
    CallStats sandboxCallStats() {
        return new CallStats();
    }

    @Bean
    NpParcels sandboxNovaPoshtaParcels(SandboxClock clock, SandboxRandom random, OrderBook book) {
        return new NpParcels(clock, random, book, properties.novaPoshta().payoutAfter());
    }

    @Bean
    NpCalls sandboxNovaPoshtaCalls() {
        return new NpCalls();
    }

    @Bean
    NpMethods sandboxNovaPoshtaMethods(NpParcels parcels, SandboxClock clock) {
        return new NpMethods(parcels, properties.novaPoshta(), clock);
    }

    @Bean
    SellerApiInterceptor sellerApiInterceptor(CallStats stats, Faults faults, TokenStore tokens, ObjectMapper json,
            SellerAccounts accounts) {
        return new SellerApiInterceptor(stats, faults, tokens, json, accounts);
    }
}
