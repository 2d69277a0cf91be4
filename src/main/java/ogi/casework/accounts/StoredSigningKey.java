package ogi.casework.accounts;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The embedded issuer's RSA key, read from the database once per process (created there by the first node that needs
 * it) and held in memory, so that checking a token's signature reads nothing. The private key sits in the database
 * next to the password hashes, protected as they are; rotating it (a new row, both keys published for a token
 * lifetime) is left to a release that needs it.
 */
final class StoredSigningKey implements JWKSource<SecurityContext> {

	private final SigningKeys keys;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile JWKSet jwks;

	StoredSigningKey(SigningKeys keys, TransactionTemplate transactions, Clock clock) {
		this.keys = keys;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(jwks());
	}

	private JWKSet jwks() {
		JWKSet loaded = jwks;
		if (loaded == null) {
			synchronized (this) {
				if (jwks == null) {
					jwks = new JWKSet(rsaKey(load()));
				}
				loaded = jwks;
			}
		}
		return loaded;
	}

	private SigningKeys.SigningKey load() {
		var stored = keys.current();
		if (stored.isPresent()) {
			return stored.get();
		}
		var created = generate();
		try {
			transactions.executeWithoutResult(status -> keys.insert(created));
			return created;
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			return keys.current().orElseThrow();
		}
	}

	private SigningKeys.SigningKey generate() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			var base64 = Base64.getEncoder();
			return new SigningKeys.SigningKey(UUID.randomUUID().toString(),
					base64.encodeToString(pair.getPrivate().getEncoded()),
					base64.encodeToString(pair.getPublic().getEncoded()), clock.instant().truncatedTo(ChronoUnit.MILLIS));
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime generates RSA keys", e);
		}
	}

	private static RSAKey rsaKey(SigningKeys.SigningKey stored) {
		try {
			var factory = KeyFactory.getInstance("RSA");
			var base64 = Base64.getDecoder();
			var publicKey = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(base64.decode(stored.publicKey())));
			var privateKey = (RSAPrivateKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(stored.privateKey())));
			return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(stored.keyId()).build();
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException("The stored signing key " + stored.keyId() + " cannot be read", e);
		}
	}
}
