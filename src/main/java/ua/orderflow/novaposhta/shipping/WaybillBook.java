package ua.orderflow.novaposhta.shipping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.DbTime;
import ua.orderflow.novaposhta.NovaPoshtaClient;
import ua.orderflow.novaposhta.Parcel;
import ua.orderflow.novaposhta.Waybill;

/** np_waybill: the waybills made from orders and their last tracking status. */
@Repository
public class WaybillBook {

    /** Statuses after which tracking has nothing more to say (novaposhta-api.md §5, "final"). */
    static final String FINAL = "(2, 9, 11, 102, 103, 106)";

    private final JdbcClient jdbc;
    private final Clock clock;

    public WaybillBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The order's live waybill (not deleted), if any. */
    public Optional<StoredWaybill> live(String shopId, long orderId) {
        return jdbc.sql("select * from np_waybill where shop_id = :shop and order_id = :order and deleted_at is null")
                .param("shop", shopId).param("order", orderId).query(StoredWaybill.class).optional();
    }

    public Optional<StoredWaybill> byNumber(String number) {
        return jdbc.sql("select * from np_waybill where number = :number").param("number", number)
                .query(StoredWaybill.class).optional();
    }

    void insert(String shopId, long orderId, Waybill waybill, WaybillDraft draft, String recipientPhone) {
        jdbc.sql("""
                insert into np_waybill (shop_id, order_id, ref, number, recipient_phone, declared_value, cash_on_delivery,
                    weight, seats, delivery_cost, created_at, status_code, status_text, status_at)
                values (:shop, :order, :ref, :number, :phone, :declared, :cod, :weight, :seats, :cost, :now, 1,
                    :created, :now)""")
                .param("shop", shopId).param("order", orderId).param("ref", waybill.ref())
                .param("number", waybill.number()).param("phone", recipientPhone)
                .param("declared", draft.declaredValue()).param("cod", draft.cashOnDelivery())
                .param("weight", draft.weight()).param("seats", draft.seats()).param("cost", waybill.deliveryCost())
                .param("now", DbTime.now(clock)).param("created", "Створено відправником, ще не передано")
                .update();
    }

    void markDeleted(long id) {
        jdbc.sql("update np_waybill set deleted_at = :now where id = :id").param("now", DbTime.now(clock))
                .param("id", id).update();
    }

    /** Open parcels of a shop, oldest tracked first, after {@code afterId} (a batch's keyset). */
    public List<StoredWaybill> open(String shopId, long afterId, int limit) {
        return jdbc.sql("select * from np_waybill where shop_id = :shop and deleted_at is null and id > :after"
                        + " and (status_code is null or status_code not in " + FINAL + " or (cash_on_delivery > 0"
                        + " and payout_booked = false and status_code <> 102 and status_code <> 103)) order by id limit :limit")
                .param("shop", shopId).param("after", afterId).param("limit", limit).query(StoredWaybill.class).list();
    }

    /** Writes the new status; false when another node wrote it first (the journal line is then theirs). */
    boolean moveTo(StoredWaybill w, Parcel parcel) {
        return jdbc.sql("""
                update np_waybill set status_code = :code, status_text = :text, status_at = :now, tracked_at = :now
                where id = :id and (status_code is null or status_code <> :code)""")
                .param("code", parcel.statusCode()).param("text", parcel.status()).param("now", DbTime.now(clock))
                .param("id", w.id()).update() == 1;
    }

    void tracked(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update np_waybill set tracked_at = :now where id in (:ids)").param("now", DbTime.now(clock))
                    .param("ids", ids).update();
        }
    }

    /** The manager handed the order's parcel to Nova Poshta now; false when it has no live waybill. */
    public boolean handedOver(String shopId, long orderId) {
        return jdbc.sql("""
                update np_waybill set handed_over_at = coalesce(handed_over_at, :now)
                where shop_id = :shop and order_id = :order and deleted_at is null""")
                .param("now", DbTime.now(clock)).param("shop", shopId).param("order", orderId).update() == 1;
    }

    /** Live waybills of a shop handed over in [from, to) (UTC, as stored), oldest first. */
    List<StoredWaybill> handedOverBetween(String shopId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select * from np_waybill where shop_id = :shop and deleted_at is null
                and handed_over_at >= :from and handed_over_at < :to order by handed_over_at, id""")
                .param("shop", shopId).param("from", from).param("to", to).query(StoredWaybill.class).list();
    }

    Optional<NovaPoshtaClient.Register> register(String shopId, LocalDate day) {
        return jdbc.sql("select ref, number from np_register where shop_id = :shop and register_day = :day")
                .param("shop", shopId).param("day", day).query(NovaPoshtaClient.Register.class).optional();
    }

    /** Keeps the day's register and marks its waybills as in it. */
    void registered(String shopId, LocalDate day, NovaPoshtaClient.Register register, List<Long> waybillIds) {
        if (register(shopId, day).isEmpty()) {
            jdbc.sql("insert into np_register (shop_id, register_day, ref, number, created_at)"
                            + " values (:shop, :day, :ref, :number, :now)")
                    .param("shop", shopId).param("day", day).param("ref", register.ref())
                    .param("number", register.number()).param("now", DbTime.now(clock)).update();
        }
        jdbc.sql("update np_waybill set register_ref = :ref where id in (:ids)").param("ref", register.ref())
                .param("ids", waybillIds).update();
    }

    void reserveUntil(long id, LocalDate lastDay) {
        jdbc.sql("update np_waybill set reserve_until = :day where id = :id").param("day", lastDay).param("id", id)
                .update();
    }

    /** True once per parcel: the call about its storage is asked for now. */
    boolean storageWarned(long id) {
        return jdbc.sql("update np_waybill set storage_warned_at = :now where id = :id and storage_warned_at is null")
                .param("now", DbTime.now(clock)).param("id", id).update() == 1;
    }

    /** True once: the payout of this waybill is booked now. */
    boolean bookPayout(long id) {
        return jdbc.sql("update np_waybill set payout_booked = true where id = :id and payout_booked = false")
                .param("id", id).update() == 1;
    }
}
