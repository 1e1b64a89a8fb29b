-- Review and signature is a module of its own: its tables carry its name.
ALTER TABLE letters_workflow_settings RENAME TO review_settings;
ALTER TABLE letters_review_optional RENAME TO review_optional_category;
ALTER TABLE letters_number_counter RENAME TO review_number_counter;
ALTER TABLE letters_issued_number RENAME TO review_issued_number;
ALTER TABLE letters_transition RENAME TO review_transition;
ALTER TABLE letters_signer_profile RENAME TO review_signer_profile;
ALTER TABLE letters_signature RENAME TO review_signature;
ALTER TABLE letters_comment RENAME TO review_comment;
ALTER TABLE letters_notification RENAME TO review_notification;

-- A notification is added once the transition it tells of committed; told again after a restart, it is the
-- same notification.
CREATE UNIQUE INDEX review_notification_once ON review_notification (tenant_id, recipient_id, letter_id, kind, created_at);
