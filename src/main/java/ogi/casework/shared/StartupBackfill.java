package ogi.casework.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;

/**
 * A read model's one-time backfill after start (rows written before the read model existed): on a daemon thread of its
 * own, over the rows left in keyset order (agency code, case number), a batch at a time, each batch in a transaction
 * the writer opens. It stops between batches once the application context closes; a failure is logged with how far it
 * came and leaves the rest to the next start. Until it has finished, the read model must answer without it — the
 * owner says how in {@code meanwhile}, which is also logged when the backfill is turned off.
 */
public final class StartupBackfill {

	/** The next rows to backfill after a keyset position ("" and "" for the first). */
	@FunctionalInterface
	public interface Rows<T> {
		List<T> after(String agencyCode, String caseNumber);
	}

	private final Logger log;

	private final String what;

	private final String meanwhile;

	private volatile boolean closing;

	/**
	 * @param what what the backfill does, for the log ("Indexing the register's words")
	 * @param meanwhile how the read model answers while rows are left ("a words search reads every row")
	 */
	public StartupBackfill(Logger log, String what, String meanwhile) {
		this.log = log;
		this.what = what;
		this.meanwhile = meanwhile;
	}

	/** Runs {@code work} on a daemon thread named {@code threadName}, or, where {@code enabled} is false, only says so. */
	public void startInBackground(boolean enabled, String setting, String threadName, Runnable work) {
		if (!enabled) {
			log.info("{} is off ({}=false): {}", what, setting, meanwhile);
			return;
		}
		var thread = new Thread(work, threadName);
		thread.setDaemon(true);
		thread.start();
	}

	/** The application context is closing: the walk stops before its next batch. */
	public void close() {
		closing = true;
	}

	/**
	 * Writes every row {@code rows} gives, batch after batch, until none is left or the context closes.
	 *
	 * @param write writes one batch in a transaction of its own and returns how many rows it wrote
	 * @return the rows written, or -1 when a failure stopped the walk (logged)
	 */
	public <T> int walk(Rows<T> rows, Function<T, String> agencyCode, Function<T, String> caseNumber,
			ToIntFunction<List<T>> write) {
		String afterAgency = "";
		String afterCase = "";
		int written = 0;
		try {
			while (!closing) {
				var batch = rows.after(afterAgency, afterCase);
				if (batch.isEmpty()) {
					break;
				}
				written += write.applyAsInt(batch);
				var last = batch.get(batch.size() - 1);
				afterAgency = agencyCode.apply(last);
				afterCase = caseNumber.apply(last);
			}
		}
		catch (RuntimeException e) {
			if (!closing) {
				log.warn("{} stopped after {} rows; until the next start, {}", what, written, meanwhile, e);
			}
			return -1;
		}
		if (written > 0) {
			log.info("{}: {} rows written", what, written);
		}
		return written;
	}
}
