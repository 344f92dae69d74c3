ALTER TABLE "audit_events" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("organisation_id","id") WHERE "audit_events"."hash" is null;--> statement-breakpoint
-- Events are written unsealed in the transaction of the change they record, and sealed into the
-- organisation's hash chain just after (server/audit/seal-chain.ts), so no request waits on
-- another organisation-wide. The table stays append-only: the one UPDATE allowed fills in the
-- chain fields of an unsealed event once, changing nothing else. DELETE and TRUNCATE are refused.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD.hash IS NULL AND OLD.seq IS NULL AND OLD.prev_hash IS NULL
    AND NEW.hash IS NOT NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL
    AND (NEW.id, NEW.organisation_id, NEW.at, NEW.actor_user_id, NEW.action, NEW.entity_type, NEW.entity_id,
         NEW.site_id, NEW.client_id, NEW.request_id, NEW.details)
      IS NOT DISTINCT FROM
        (OLD.id, OLD.organisation_id, OLD.at, OLD.actor_user_id, OLD.action, OLD.entity_type, OLD.entity_id,
         OLD.site_id, OLD.client_id, OLD.request_id, OLD.details)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
