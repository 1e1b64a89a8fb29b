-- Outbound webhooks became a module of their own (it listens to letter and batch-run events, which delivery may
-- not): its tables carry its prefix. Renamed in place, rows, constraints and indexes kept.
ALTER TABLE delivery_webhook_endpoints RENAME TO webhooks_endpoints;
ALTER TABLE delivery_webhook_messages RENAME TO webhooks_messages;
ALTER TABLE delivery_webhook_attempts RENAME TO webhooks_attempts;
ALTER INDEX delivery_webhook_endpoints_tenant RENAME TO webhooks_endpoints_tenant;
ALTER INDEX delivery_webhook_messages_event RENAME TO webhooks_messages_event;
ALTER INDEX delivery_webhook_messages_due RENAME TO webhooks_messages_due;
ALTER INDEX delivery_webhook_messages_endpoint RENAME TO webhooks_messages_endpoint;
ALTER INDEX delivery_webhook_attempts_endpoint RENAME TO webhooks_attempts_endpoint;
