package com.ticketorleaveit.tickets.command;

/**
 * What a step of an {@link Order} means for its tier's seats: nothing, give held seats back, sell them, or put sold
 * seats back on sale (a cancellation). The order decides; the {@link BoxOffice} applies the change to the
 * {@link TierInventory} in the same transaction.
 */
record SeatChange(Kind kind, int quantity) {

    enum Kind {
        NONE,
        RELEASE,
        SELL,
        /** Sell seats that were not held (a payment that came after its hold ran out). */
        SELL_UNHELD,
        RETURN
    }

    static final SeatChange NONE = new SeatChange(Kind.NONE, 0);

    SeatChange {
        if ((kind == Kind.NONE) != (quantity == 0) || quantity < 0) {
            throw new IllegalArgumentException(kind + " of " + quantity + " seats");
        }
    }

    static SeatChange release(int quantity) {
        return new SeatChange(Kind.RELEASE, quantity);
    }

    static SeatChange sell(int quantity) {
        return new SeatChange(Kind.SELL, quantity);
    }

    static SeatChange sellUnheld(int quantity) {
        return new SeatChange(Kind.SELL_UNHELD, quantity);
    }

    static SeatChange returnSold(int quantity) {
        return new SeatChange(Kind.RETURN, quantity);
    }
}
