-- The instruction an answer of the chat answers, so that an instruction carried out again after a restart is
-- never answered twice.
ALTER TABLE letters_chat_message ADD COLUMN answers UUID REFERENCES letters_chat_message (id);
CREATE UNIQUE INDEX letters_chat_message_one_answer ON letters_chat_message (answers);
