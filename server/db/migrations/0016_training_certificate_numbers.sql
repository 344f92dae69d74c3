CREATE SEQUENCE "public"."training_certificate_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
-- Numbers already printed stay taken: the sequence carries on after the highest one in use.
SELECT setval('training_certificate_numbers', greatest(1, coalesce((SELECT max(substring(certificate_number from '[0-9]+$')::bigint) FROM training_attendees), 0)), (SELECT count(*) > 0 FROM training_attendees));
