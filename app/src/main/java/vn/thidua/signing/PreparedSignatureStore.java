package vn.thidua.signing;

import java.util.Optional;

/**
 * Keeps phase-one state between "prepare" and "complete". Several nodes share one database, so the
 * production store is a table (id, {@link PreparedSignature#toBytes()}, created-at for expiry);
 * {@link InMemoryPreparedSignatureStore} is for tests and single-node demos.
 */
public interface PreparedSignatureStore {

    /** @return the stored copy, carrying its new id */
    PreparedSignature save(PreparedSignature prepared);

    Optional<PreparedSignature> find(String id);

    /** Called once the container is embedded: a prepared signature is used at most once. */
    void remove(String id);
}
