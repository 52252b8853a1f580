package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.benchmark.Latencies.Summary;
import java.util.List;
import java.util.Map;

/** What each phase measured, as written to the JSON report (rates per second, latencies in milliseconds). */
final class Results {

    private Results() {}

    /**
     * One run of the plain-SQL purchase.
     *
     * @param refused purchases whose guarded decrement found no seats (none expected: tiers never sell out)
     */
    record FloorResult(
            String name, int threads, int tiers, double seconds, long purchases, double perSecond, long refused) {}

    /**
     * Catalog reads through the gateway.
     *
     * @param mode {@code closed} (each connection sends its next request when the last one answered; latency from
     *     sending) or {@code open} (requests at a fixed rate; latency from each one's intended send time)
     * @param connections the pool's size
     * @param offeredPerSecond the open model's rate; null for the closed loop
     * @param ok answers with status 200
     * @param statuses every answer by status, -1 for no answer
     */
    record CatalogResult(
            String name,
            String mode,
            String path,
            int connections,
            Integer offeredPerSecond,
            double seconds,
            long requests,
            long ok,
            double achievedPerSecond,
            Summary latency,
            Map<String, Long> statuses) {}

    /**
     * Purchases one after another on the otherwise idle system.
     *
     * @param outcomes final status per order, or how placing it failed
     */
    record IdleResult(
            int orders, long completed, Summary placeToConfirmed, Summary placeToMail, Map<String, Long> outcomes) {}

    /**
     * Orders offered at a fixed rate.
     *
     * @param completedPerSecond the pace of completions: (completed − 1) ÷ the time from the first to the last
     * @param backlogAtOfferEnd accepted orders not complete when the offer window closed
     * @param backlogAtEnd accepted orders not complete when the run stopped waiting
     * @param waitedSeconds how long after the offer window the run waited for stragglers
     */
    record SustainedResult(
            int offeredRate,
            int tiers,
            double seconds,
            long offered,
            long accepted,
            long busyAnswers,
            double offeredPerSecond,
            double acceptedPerSecond,
            long completed,
            double completedPerSecond,
            Summary placeToConfirmed,
            Summary placeToMail,
            long backlogAtOfferEnd,
            long backlogAtEnd,
            double waitedSeconds,
            Map<String, Long> outcomes) {}

    /**
     * One step of the rate search.
     *
     * @param completedInTime orders complete within the step plus its grace
     * @param backlog accepted orders not complete by then
     * @param keptPace every order accepted and (all but 1%) complete within the step plus its grace
     */
    record SearchStep(
            int rate,
            double seconds,
            long offered,
            long accepted,
            long completedInTime,
            long backlog,
            Summary placeToConfirmed,
            boolean keptPace) {}

    /** @param largestKeptPace the largest rate whose step kept pace, null if none did */
    record SearchResult(double graceSeconds, List<SearchStep> steps, Integer largestKeptPace) {}

    /**
     * Purchases at one rate, first on their own, then while one account's password is guessed from the same client.
     *
     * @param withoutAttack the purchases on their own, measured as the sustained phase measures
     * @param underAttack the same while the attack went on
     * @param attackSeconds from the first guess to the last answer
     * @param attempts wrong-password logins answered
     * @param reachedPasswordCheck answered 401: the password was checked
     * @param refusedForAccount answered 429 by the users context: the account was locked
     * @param refusedForAddress answered 429 by the gateway: the connecting address used up its failed logins
     * @param statuses every answer by status, -1 for no answer
     * @param victimStatus the answer to the right password for the attacked account, halfway through the attack
     * @param victimLocked that answer was 429
     * @param otherAccountStatus the answer to another account's login (the organizer's), halfway through the attack
     * @param otherAccountLoggedIn that answer was 200
     * @param completedRatio completed/s under attack ÷ without; null if nothing completed without
     * @param p99Ratio place → CONFIRMED p99 under attack ÷ without; null where a side has none
     */
    record LoginAttackResult(
            int inFlight,
            SustainedResult withoutAttack,
            SustainedResult underAttack,
            double attackSeconds,
            long attempts,
            double attemptsPerSecond,
            long reachedPasswordCheck,
            long refusedForAccount,
            long refusedForAddress,
            Map<String, Long> statuses,
            int victimStatus,
            boolean victimLocked,
            int otherAccountStatus,
            boolean otherAccountLoggedIn,
            Double completedRatio,
            Double p99Ratio) {

        static LoginAttackResult of(
                int inFlight,
                SustainedResult without,
                SustainedResult under,
                LoginAttack.Tally attack,
                int victimStatus,
                int otherAccountStatus) {
            Double p99Without = without.placeToConfirmed().p99Ms();
            Double p99Under = under.placeToConfirmed().p99Ms();
            return new LoginAttackResult(
                    inFlight,
                    without,
                    under,
                    attack.seconds(),
                    attack.attempts(),
                    attack.attemptsPerSecond(),
                    attack.reachedPasswordCheck(),
                    attack.refusedForAccount(),
                    attack.refusedForAddress(),
                    attack.statuses(),
                    victimStatus,
                    victimStatus == 429,
                    otherAccountStatus,
                    otherAccountStatus == 200,
                    without.completedPerSecond() > 0 ? under.completedPerSecond() / without.completedPerSecond() : null,
                    p99Without != null && p99Under != null && p99Without > 0 ? p99Under / p99Without : null);
        }
    }

    /**
     * Many buyers for one tier.
     *
     * @param secondsToSellOut from the first order offered to the confirmation of the last seat; null if it never
     *     sold out
     * @param sellOutPerSecond seats ÷ secondsToSellOut
     * @param secondsLastAcceptedToAllFinal from the last 202 to the last order reaching its final status; null if some
     *     never did within the wait
     * @param other orders neither CONFIRMED nor REJECTED, or refused at placement, or not final within the wait
     * @param sold seats sold as the catalog shows them (capacity − remaining)
     * @param exact CONFIRMED equals seats, the catalog shows them all sold and none remaining
     */
    record HotSaleResult(
            int seats,
            int orders,
            int inFlight,
            long accepted,
            long busyAnswers,
            Double secondsToSellOut,
            Double sellOutPerSecond,
            Double secondsLastAcceptedToAllFinal,
            long confirmed,
            long rejected,
            long other,
            Map<String, Long> outcomes,
            Integer sold,
            Integer remaining,
            boolean exact) {}

    /**
     * Purchase figures against the floor of the same run; null where a side is missing.
     *
     * @param sustained sustained completed/s ÷ sustained floor/s
     * @param hotSale hot sell-out rate ÷ hot-tier floor/s
     */
    record Ratios(Double sustained, Double hotSale) {

        static Ratios of(SustainedResult sustained, FloorResult floor, HotSaleResult hot, FloorResult hotFloor) {
            return new Ratios(
                    ratio(sustained == null ? null : sustained.completedPerSecond(), floor),
                    ratio(hot == null ? null : hot.sellOutPerSecond(), hotFloor));
        }

        private static Double ratio(Double value, FloorResult floor) {
            if (value == null || floor == null || floor.perSecond() <= 0) {
                return null;
            }
            return value / floor.perSecond();
        }
    }

    /** The whole run. */
    record Report(
            String startedAt,
            String finishedAt,
            Map<String, Object> environment,
            Map<String, Object> options,
            List<String> notes,
            FloorResult floor,
            FloorResult floorHot,
            List<CatalogResult> catalog,
            IdleResult idle,
            SustainedResult sustained,
            SearchResult search,
            LoginAttackResult loginAttack,
            HotSaleResult hotSale,
            Ratios ratios,
            List<String> failures) {}
}
