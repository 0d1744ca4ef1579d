package dev.sitrep.delivery;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;

/**
 * GreenMail, a real SMTP server, on a port of its own; it answers RCPT for the given addresses with
 * "550 5.1.1 user unknown", as a real server does for a mailbox that does not exist.
 */
public final class TestSmtp extends GreenMail {

    private final Set<String> rejected;

    public TestSmtp(int port, Set<String> rejected) {
        super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.rejected = Set.copyOf(rejected);
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers mgr) {
        managers = new Managers() {
            private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    return rejected.contains(rcpt.getEmail()) ? "550 5.1.1 <" + rcpt.getEmail() + ">: user unknown"
                            : null;
                }
            };

            @Override
            public SmtpManager getSmtpManager() {
                return smtp;
            }
        };
        return super.createServices(config, managers);
    }
}
