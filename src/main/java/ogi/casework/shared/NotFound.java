package ogi.casework.shared;

/** Something the caller's agency does not have; another agency's case is reported the same way, so its existence does not leak. */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}
}
