-- Search by order number, part name and part number: a substring, case-insensitive (`search_text` is lower
-- case and so is the term). A trigram GIN index (pg_trgm: PGlite ships it, PostgreSQL has it as a trusted
-- contrib extension) serves `search_text LIKE '%term%'` for terms of three characters or more. An engine
-- without pg_trgm still searches, by reading its orders: a prefix index could not serve a substring.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX orders_search_trigrams ON orders USING gin (search_text gin_trgm_ops);
  ELSE
    RAISE NOTICE 'pg_trgm is not available: order search is not indexed';
  END IF;
END
$$;
