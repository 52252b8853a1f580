-- Axon JdbcSagaStore with PostgresSagaSqlSchema (default SagaSchema names, unquoted).
CREATE TABLE SagaEntry (
    sagaId         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA,
    PRIMARY KEY (sagaId)
);

CREATE TABLE AssociationValueEntry (
    id               BIGSERIAL    NOT NULL,
    associationKey   VARCHAR(255),
    associationValue VARCHAR(255),
    sagaId           VARCHAR(255),
    sagaType         VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX association_value_lookup_idx ON AssociationValueEntry (sagaType, associationKey, associationValue);
CREATE INDEX association_value_saga_idx ON AssociationValueEntry (sagaId, sagaType);
