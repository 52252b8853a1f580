package com.ticketorleaveit.tickets.command;

/**
 * What a step of an {@link Order} means for its tier's held seats: nothing, give them back, or sell them. The order
 * decides; the {@link BoxOffice} applies the change to the {@link TierInventory} in the same transaction.
 */
record SeatChange(Kind kind, int quantity) {

    enum Kind {
        NONE,
        RELEASE,
        SELL
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
}
