package com.ticketorleaveit.platform.metrics;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Counts what an event handler saw happen, for business metrics kept beside a read model: once the handler's batch
 * has committed (a batch rolled back and handled again counts once), and never while the processor replays history
 * (a rebuilt read model is not a day of sales). Outside a unit of work (a handler called directly) it counts at once.
 */
public final class Tally {

    private Tally() {}

    /** @param count the increment, e.g. {@code counter::increment} */
    public static void afterCommit(Runnable count) {
        if (!CurrentUnitOfWork.isStarted()) {
            count.run();
            return;
        }
        var unitOfWork = CurrentUnitOfWork.get();
        if (!ReplayToken.isReplay(unitOfWork.getMessage())) {
            unitOfWork.afterCommit(committed -> count.run());
        }
    }
}
