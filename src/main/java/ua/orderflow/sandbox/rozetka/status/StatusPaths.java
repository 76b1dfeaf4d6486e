package ua.orderflow.sandbox.rozetka.status;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * How the sandbox walks a new order to a wanted status, with a believable history: along a carrier
 * parcel's usual life (1 → 26 → 2 → 61 → 3 → 4 → 5), leaving it by the shortest way the table knows,
 * the carrier's ways first, so that 6 is a delivered parcel rather than a seller's shortcut.
 */
public final class StatusPaths {

    private static final List<Integer> USUAL_LIFE = List.of(StatusRules.NEW, StatusRules.PROCESSING,
            StatusRules.CONFIRMED, StatusRules.HANDOVER_PLANNED, StatusRules.SHIPPED, StatusRules.DELIVERING,
            StatusRules.AT_PICKUP);

    private final TransitionTable table;
    private final Map<Integer, List<Integer>> known = new ConcurrentHashMap<>();

    public StatusPaths(TransitionTable table) {
        this.table = table;
    }

    /** The statuses after 1 that lead to {@code target}; ROZETKA's side may put an order anywhere else. */
    public List<Integer> to(int target) {
        // the benchmark creates tens of thousands of orders: each target is walked once
        return known.computeIfAbsent(target, this::walk);
    }

    private List<Integer> walk(int target) {
        int onTheWay = USUAL_LIFE.indexOf(target);
        if (onTheWay >= 0) {
            return List.copyOf(USUAL_LIFE.subList(1, onTheWay + 1));
        }
        for (Predicate<StatusTransition> ways : List.<Predicate<StatusTransition>>of(t -> !t.bySeller(),
                StatusTransition::bySeller)) {
            List<Integer> best = null;
            int bestBranch = Integer.MAX_VALUE;
            // the shortest branch wins; of equal ones, the one that leaves the usual life first
            for (int i = 0; i < USUAL_LIFE.size(); i++) {
                List<Integer> branch = shortest(USUAL_LIFE.get(i), target, ways);
                if (branch != null && branch.size() < bestBranch) {
                    bestBranch = branch.size();
                    best = new ArrayList<>(USUAL_LIFE.subList(1, i + 1));
                    best.addAll(branch);
                }
            }
            if (best != null) {
                return List.copyOf(best);
            }
        }
        return List.of(StatusRules.PROCESSING, target);
    }

    /** The statuses after {@code from} on the shortest way to {@code target}, off the usual life, or null. */
    private List<Integer> shortest(int from, int target, Predicate<StatusTransition> ways) {
        Map<Integer, Integer> cameFrom = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (StatusTransition t : table.all()) {
                if (t.from() != at || !ways.test(t) || cameFrom.containsKey(t.to())
                        || (t.to() != target && USUAL_LIFE.contains(t.to()))) {
                    continue;
                }
                cameFrom.put(t.to(), at);
                if (t.to() == target) {
                    List<Integer> path = new ArrayList<>();
                    for (int step = target; step != from; step = cameFrom.get(step)) {
                        path.add(0, step);
                    }
                    return path;
                }
                queue.add(t.to());
            }
        }
        return null;
    }
}
