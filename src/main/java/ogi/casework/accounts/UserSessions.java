package ogi.casework.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's page sessions and remembered HTTP Basic credentials ({@link VerifiedCredentials}) once a change to
 * their account commits (disabled, new password, other roles), so the change holds at once on this node and not only
 * at their next sign-in. Bearer tokens keep what they say until they expire ({@code ogi.security.tokens.lifetime}).
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final VerifiedCredentials credentials;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, VerifiedCredentials credentials) {
		this.sessions = sessions;
		this.credentials = credentials;
	}

	void endAfterCommit(String username) {
		Runnable end = () -> {
			credentials.forget(username);
			sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet()
				.forEach(repository::deleteById));
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end.run();
				}
			});
		}
		else {
			end.run();
		}
	}
}
