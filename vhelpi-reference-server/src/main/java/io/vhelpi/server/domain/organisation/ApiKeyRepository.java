package io.vhelpi.server.domain.organisation;

import java.util.Optional;

/** Looks up API keys by the hash of their secret. */
public interface ApiKeyRepository {

    /** The key whose secret hashes to {@code keyHash}, revoked or not. */
    Optional<ApiKey> findByHash(String keyHash);
}
