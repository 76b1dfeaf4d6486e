package ua.orderflow.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.orderflow.sandbox.rozetka.api.OrderJson;
import ua.orderflow.sandbox.rozetka.api.SellerApiInterceptor;
import ua.orderflow.sandbox.rozetka.api.TokenStore;
import ua.orderflow.sandbox.rozetka.carrier.Carrier;
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
    OrderBook sandboxOrderBook(SandboxClock clock, StatusCatalogue statuses, StatusRules rules, SandboxRandom random,
            Catalogue catalogue) {
        return new OrderBook(clock, statuses, rules, new OrderFactory(catalogue),
                new Carrier(properties.carrier(), random, statuses, rules.table()), random);
    }

    @Bean
    ChatBook sandboxChatBook(SandboxClock clock, OrderBook orders) {
        return new ChatBook(clock, orders);
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
    SellerApiInterceptor sellerApiInterceptor(CallStats stats, Faults faults, TokenStore tokens, ObjectMapper json) {
        return new SellerApiInterceptor(stats, faults, tokens, json);
    }
}
