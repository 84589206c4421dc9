-- Each claim of a key is its request's own: only the request that holds the claim stores its answer or gives the key
-- up, so that a request still running after its lease was taken over cannot overwrite or delete the new claim.
alter table idempotency_keys add column claim_token uuid;
