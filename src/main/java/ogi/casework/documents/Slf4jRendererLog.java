package ogi.casework.documents;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's log to SLF4J under its own logger names ({@code com.openhtmltopdf.*}), where
 * {@code logging.level.com.openhtmltopdf} applies. Its default logger writes straight to the console at INFO with a
 * handler of its own ("Prepare to fly", "Using fast-mode renderer" … on every PDF), past the application's logging.
 */
final class Slf4jRendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.info(message, error);
		}
		else if (value >= Level.FINE.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration (logging.level.com.openhtmltopdf)
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		if (value >= Level.SEVERE.intValue()) {
			return logger.isErrorEnabled();
		}
		if (value >= Level.WARNING.intValue()) {
			return logger.isWarnEnabled();
		}
		if (value >= Level.INFO.intValue()) {
			return logger.isInfoEnabled();
		}
		return value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
	}
}
