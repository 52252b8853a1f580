-- The purchase's safety net (saga-orchestrator) asks again about payments the provider never answered: few among all.
CREATE INDEX payments_payments_unanswered ON payments_payments (requested_at) WHERE status = 'REQUESTED';
