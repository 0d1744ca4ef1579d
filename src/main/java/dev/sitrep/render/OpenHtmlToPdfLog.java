package dev.sitrep.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log through SLF4J like the rest of Sitrep: its INFO chatter becomes DEBUG,
 * its warnings (a missing glyph, a CSS rule it ignores) stay warnings.
 */
final class OpenHtmlToPdfLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("openhtmltopdf");

    private OpenHtmlToPdfLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof OpenHtmlToPdfLog)) {
            XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn("{}: {}", where, msg, th);
        } else {
            log.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are SLF4J's to decide (logging.level.openhtmltopdf).
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        return level.intValue() >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
