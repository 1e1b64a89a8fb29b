-- A reservation may be exempt from the quotas for a purpose (a batch run's preview): it takes nothing from any
-- counter, and the calls about its subject stay in the ledger under that purpose.
ALTER TABLE usage_reservation ADD COLUMN exempt_purpose varchar(40);
ALTER TABLE usage_reservation ADD COLUMN subject_type varchar(40);
ALTER TABLE usage_reservation ADD COLUMN subject_id varchar(100);
CREATE INDEX usage_reservation_exempt_subject ON usage_reservation (tenant_id, subject_type, subject_id)
    WHERE exempt_purpose IS NOT NULL;

ALTER TABLE usage_model_call ADD COLUMN purpose varchar(40);
CREATE INDEX usage_model_call_subject ON usage_model_call (tenant_id, subject_type, subject_id);
