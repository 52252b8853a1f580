CREATE TABLE test_counters (
    counter_id VARCHAR(64) PRIMARY KEY,
    total      INTEGER NOT NULL,
    increments INTEGER NOT NULL
);
