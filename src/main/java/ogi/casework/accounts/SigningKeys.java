package ogi.casework.accounts;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;

/** The embedded token issuer's signing key, one for every node of the application ({@link StoredSigningKey}). */
@Mapper
interface SigningKeys {

	/** The key in use; there is at most one. */
	Optional<SigningKey> current();

	/** Stores the first key; a second insert fails on the primary key (another node was first). */
	void insert(SigningKey key);

	/** An RSA key pair as stored: its key id and Base64 PKCS#8 / X.509 encodings. */
	record SigningKey(String keyId, String privateKey, String publicKey, Instant createdAt) {
	}
}
