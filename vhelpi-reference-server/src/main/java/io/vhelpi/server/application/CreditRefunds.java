package io.vhelpi.server.application;

import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.LicenseRepository;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives back the credit of a session whose invitation can never be delivered. */
@ApplicationScoped
public class CreditRefunds {

    private static final Logger LOG = LoggerFactory.getLogger(CreditRefunds.class);

    @Inject SessionRepository sessions;
    @Inject LicenseRepository licenses;
    @Inject Clock clock;

    /** Returns the session's credit to its license, once, with a ledger entry. */
    @Transactional
    public void refundUndeliverable(String sessionId) {
        Session session = sessions.findById(sessionId).orElseThrow();
        if (licenses.hasRefund(sessionId)) {
            return;
        }
        Instant now = clock.instant();
        int balance = licenses.creditOne(session.licenseId());
        licenses.record(CreditLedgerEntry.refundFor(session.licenseId(), sessionId, balance, now));
        LOG.info(
                "Credit of session {} refunded to license {}: the invitation cannot be delivered",
                sessionId,
                session.licenseId());
    }
}
