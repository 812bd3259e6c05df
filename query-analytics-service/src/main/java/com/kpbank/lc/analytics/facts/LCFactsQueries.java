package com.kpbank.lc.analytics.facts;

import com.kpbank.lc.api.query.FindLCFacts;
import com.kpbank.lc.api.query.LCFacts;
import com.kpbank.lc.api.query.LCFacts.CurrencyFacts;
import com.kpbank.lc.api.query.LCFacts.DurationFacts;
import com.kpbank.lc.api.query.LCFacts.HourlyCount;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.LCState;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Answers {@link FindLCFacts} from the live generation of the read model, with the store doing the
 * work: counts and sums are {@code $group} aggregations, the median and the 90th percentile of the
 * time to decision are read at their rank in the documents sorted by it (nearest-rank definition:
 * the value at rank {@code ceil(p * n)}). Amounts are summed as {@link Decimal128}; averages are
 * rounded half-even to the cent.
 * <p>
 * Every figure counts only the applications the viewer may see (API.md): the bank's staff the submitted
 * and decided ones, an applicant its own, drafts included; nobody another applicant's drafts.
 */
@Component
class LCFactsQueries {

    private final AnalyticsReadModel readModel;

    LCFactsQueries(AnalyticsReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    LCFacts handle(FindLCFacts query) {
        MongoCollection<Document> facts = readModel.liveFacts();
        Bson visible = visibleTo(query.viewer());
        Map<LCState, Long> perState = new EnumMap<>(LCState.class);
        countBy(facts, ApplicationFacts.STATE, Filters.and(visible, Filters.exists(ApplicationFacts.STATE)),
                (state, count) -> perState.put(LCState.valueOf((String) state), count));
        long approved = perState.getOrDefault(LCState.APPROVED, 0L);
        long declined = perState.getOrDefault(LCState.DECLINED, 0L);
        long autoApproved = facts.countDocuments(Filters.and(visible, Filters.eq(ApplicationFacts.STATE, LCState.APPROVED.name()), Filters.eq(ApplicationFacts.AUTO_APPROVED, true)));
        Map<String, Long> perCountry = new TreeMap<>();
        Bson submitted = Filters.and(visible, Filters.exists(ApplicationFacts.SUBMITTED_AT));
        countBy(facts, ApplicationFacts.BENEFICIARY_COUNTRY, submitted,
                (country, count) -> perCountry.put((String) country, count));
        List<HourlyCount> perHour = new ArrayList<>();
        countBy(facts, ApplicationFacts.SUBMITTED_HOUR, submitted,
                (hour, count) -> perHour.add(new HourlyCount(((java.util.Date) hour).toInstant(), count)));
        return new LCFacts(perState, perCurrency(facts, submitted), approved + declined == 0 ? 0 : (double) approved / (approved + declined),
                autoApproved, approved - autoApproved, timeToDecision(facts, visible), perHour, perCountry);
    }

    /** Who sees which applications' facts, as a filter of the store. */
    static Bson visibleTo(Viewer viewer) {
        List<Bson> visible = new ArrayList<>();
        if (viewer.has(Role.APPLICANT)) {
            visible.add(Filters.eq(ApplicationFacts.APPLICANT_ID, viewer.name()));
        }
        if (viewer.isStaff()) {
            visible.add(Filters.in(ApplicationFacts.STATE, Viewer.bankVisibleStates().stream().map(LCState::name).toList()));
        }
        return visible.isEmpty() ? Filters.in(ApplicationFacts.ID, List.of()) : Filters.or(visible);
    }

    /** Counts the matching documents per value of a field, in the order of the values. */
    private static void countBy(MongoCollection<Document> facts, String field, Bson filter, BiConsumer<Object, Long> counted) {
        facts.aggregate(List.of(Aggregates.match(filter), Aggregates.group("$" + field, Accumulators.sum("count", 1L)), Aggregates.sort(Sorts.ascending("_id"))))
                .forEach(group -> counted.accept(group.get("_id"), ((Number) group.get("count")).longValue()));
    }

    private static Map<String, CurrencyFacts> perCurrency(MongoCollection<Document> facts, Bson submitted) {
        Map<String, CurrencyFacts> perCurrency = new TreeMap<>();
        facts.aggregate(List.of(
                        Aggregates.match(submitted),
                        Aggregates.group("$" + ApplicationFacts.CURRENCY, Accumulators.sum("count", 1L), Accumulators.sum("total", "$" + ApplicationFacts.AMOUNT))))
                .forEach(group -> {
                    long count = ((Number) group.get("count")).longValue();
                    BigDecimal total = group.get("total", Decimal128.class).bigDecimalValue();
                    perCurrency.put(group.getString("_id"), new CurrencyFacts(count, total, total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN)));
                });
        return perCurrency;
    }

    private static DurationFacts timeToDecision(MongoCollection<Document> facts, Bson visible) {
        Bson decided = Filters.and(visible, Filters.exists(ApplicationFacts.DECISION_MILLIS));
        long count = facts.countDocuments(decided);
        if (count == 0) {
            return new DurationFacts(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        Document mean = facts.aggregate(List.of(Aggregates.match(decided), Aggregates.group(null, Accumulators.avg("mean", "$" + ApplicationFacts.DECISION_MILLIS)))).first();
        return new DurationFacts(count, Duration.ofMillis(Math.round(((Number) mean.get("mean")).doubleValue())),
                percentile(facts, decided, count, 0.5), percentile(facts, decided, count, 0.9));
    }

    private static Duration percentile(MongoCollection<Document> facts, Bson decided, long count, double p) {
        long rank = (long) Math.ceil(p * count);
        Document atRank = facts.find(decided).projection(Projections.include(ApplicationFacts.DECISION_MILLIS))
                .sort(Sorts.ascending(ApplicationFacts.DECISION_MILLIS)).skip((int) (rank - 1)).limit(1).first();
        return Duration.ofMillis(((Number) atRank.get(ApplicationFacts.DECISION_MILLIS)).longValue());
    }
}
