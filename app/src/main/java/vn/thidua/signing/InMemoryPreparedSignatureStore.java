package vn.thidua.signing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Single-node store; stores the serialised form so it behaves like the database one. */
public class InMemoryPreparedSignatureStore implements PreparedSignatureStore {

    private final Map<String, byte[]> rows = new ConcurrentHashMap<>();

    @Override
    public PreparedSignature save(PreparedSignature prepared) {
        PreparedSignature withId = prepared.withId(UUID.randomUUID().toString());
        rows.put(withId.id(), withId.toBytes());
        return withId;
    }

    @Override
    public Optional<PreparedSignature> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(PreparedSignature::fromBytes);
    }

    @Override
    public void remove(String id) {
        rows.remove(id);
    }
}
