package id.go.prakerja.bench;

import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the seeded log holds that the load phases need: they buy the one training, for participants taken from the
 * seed, and rate the catch-up by the log's length.
 *
 * @param idle the participants with no purchase cycle in flight: a cycle takes one and gives it back when done, so
 *     that no two cycles contend for one stream
 * @param events the events in the seeded log
 */
record DataSet(UUID trainingId, ConcurrentLinkedQueue<UUID> idle, long events) {}
