-- A key is bound to the request it was first sent with (a digest of the body): the same key with another body is
-- refused instead of answered with the first response. A claim still in progress has a lease: an instance that dies
-- mid-request leaves a key that a retry may take over once the lease ends, not a 409 for the whole retention.
alter table idempotency_keys
    add column request_fingerprint text,
    add column claimed_until timestamptz;
