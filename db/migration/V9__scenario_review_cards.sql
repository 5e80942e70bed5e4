-- Predict mode (issue 13): a missed prediction in a simulation becomes a review card for a scenario
-- kind ("tcp:next-state", ...), not for a quiz item. When due, the review re-runs that kind with new
-- random parameters drawn from scenario_seed, so the card is never memorised text. A card holds an
-- item or a scenario, never both. Portable between H2 2.x and PostgreSQL 13+.

ALTER TABLE review_card ALTER COLUMN item_id DROP NOT NULL;
ALTER TABLE review_card ADD COLUMN scenario VARCHAR(60);
-- the seed of the run the card asks next; replaced after every review
ALTER TABLE review_card ADD COLUMN scenario_seed BIGINT;
ALTER TABLE review_card ADD CONSTRAINT ck_review_card_item_or_scenario CHECK (
    (item_id IS NOT NULL AND scenario IS NULL AND scenario_seed IS NULL)
    OR (item_id IS NULL AND scenario IS NOT NULL AND scenario_seed IS NOT NULL));
-- one card per owner and scenario kind (item cards keep uk_review_card_owner_item: NULLs never collide)
ALTER TABLE review_card ADD CONSTRAINT uk_review_card_owner_scenario UNIQUE (owner_type, owner_key, scenario);

-- the seed of the run a scenario card was reviewed on, so the exact question can be rebuilt later
ALTER TABLE review_log ADD COLUMN scenario_seed BIGINT;
