-- Issue 17: an autosave reads the item only for its type (to read the answer), so every answer loaded
-- a quiz_item row with its texts. The question keeps its item's type from the draw instead: an answer
-- is read and decoded with the type it was drawn with, and the answer path loads no item. Editing in the
-- site keeps an item's type (QuizItem.editInSite). Portable between H2 2.x and PostgreSQL 13+.
ALTER TABLE quiz_attempt_question ADD COLUMN item_type VARCHAR(20);
UPDATE quiz_attempt_question SET item_type = (
    SELECT quiz_item.item_type FROM quiz_item WHERE quiz_item.id = quiz_attempt_question.item_id);
ALTER TABLE quiz_attempt_question ALTER COLUMN item_type SET NOT NULL;
