package io.vhelpi.server.application;

import io.vhelpi.core.validation.ValidationException;
import io.vhelpi.core.validation.Violation;
import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.InsufficientCreditsException;
import io.vhelpi.server.domain.license.LedgerMismatch;
import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseNotFoundException;
import io.vhelpi.server.domain.license.LicenseRepository;
import io.vhelpi.server.domain.organisation.OrganisationNotFoundException;
import io.vhelpi.server.domain.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the administration API does with licenses: create them, top up and correct their credits,
 * grant them to other organisations, read their ledger and check it. Every change of a balance is
 * one conditional update of the license and one ledger entry, in one transaction.
 */
@ApplicationScoped
public class LicenseAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(LicenseAdministration.class);

    @Inject LicenseRepository licenses;
    @Inject OrganisationRepository organisations;
    @Inject Clock clock;

    /**
     * Creates a license for an organisation, with its first credits granted.
     *
     * @param credits the starting balance, zero or more
     * @param actor who creates it, for the ledger
     * @param note why, e.g. the order number; may be null
     * @throws OrganisationNotFoundException when the organisation does not exist
     */
    @Transactional
    public LicenseView create(
            String organisationId, String name, int credits, String actor, String note) {
        requireOrganisation(organisationId);
        Instant now = clock.instant();

        License license = License.create(organisationId, name, credits, now);
        licenses.add(license);
        if (credits > 0) {
            licenses.record(
                    CreditLedgerEntry.grant(license.id(), credits, credits, actor, note, now));
        }

        LOG.info(
                "License {} created for organisation {} with {} credits by {}",
                license.id(),
                organisationId,
                credits,
                actor);
        return view(license, credits);
    }

    /**
     * Adds bought or granted credits.
     *
     * @param credits how many, positive
     * @throws LicenseNotFoundException when there is no such license
     */
    @Transactional
    public LicenseView topUp(String licenseId, int credits, String actor, String note) {
        License license = requireLicense(licenseId);

        int balance = licenses.addCredits(licenseId, credits).orElseThrow();
        licenses.record(
                CreditLedgerEntry.grant(licenseId, credits, balance, actor, note, clock.instant()));

        LOG.info(
                "License {} topped up by {} credits to {} by {}",
                licenseId,
                credits,
                balance,
                actor);
        return view(license, balance);
    }

    /**
     * Corrects the balance by hand, up or down, with the reason in the ledger.
     *
     * @param delta the change, not zero
     * @param note why; required
     * @throws InsufficientCreditsException when the balance would go below zero
     */
    @Transactional
    public LicenseView adjust(String licenseId, int delta, String actor, String note) {
        License license = requireLicense(licenseId);

        int balance =
                licenses.addCredits(licenseId, delta)
                        .orElseThrow(() -> new InsufficientCreditsException(licenseId));
        licenses.record(
                CreditLedgerEntry.adjustment(
                        licenseId, delta, balance, actor, note, clock.instant()));

        LOG.info("License {} adjusted by {} credits to {} by {}", licenseId, delta, balance, actor);
        return view(license, balance);
    }

    /**
     * Lets another organisation charge the license; granting twice changes nothing.
     *
     * @throws ValidationException when the organisation owns the license
     */
    @Transactional
    public LicenseView grant(String licenseId, String organisationId, String actor) {
        License license = requireLicense(licenseId);
        requireOrganisation(organisationId);
        if (license.organisationId().equals(organisationId)) {
            throw new ValidationException(
                    List.of(
                            new Violation(
                                    "organisationId",
                                    "invalid_value",
                                    List.of("an organisation other than the owner"))));
        }

        if (licenses.grant(licenseId, organisationId, clock.instant())) {
            LOG.info(
                    "License {} granted to organisation {} by {}",
                    licenseId,
                    organisationId,
                    actor);
        }
        return view(license, license.credits());
    }

    /** Takes a grant back; sessions already charged stay as they are. */
    @Transactional
    public LicenseView revokeGrant(String licenseId, String organisationId, String actor) {
        License license = requireLicense(licenseId);

        if (licenses.revokeGrant(licenseId, organisationId)) {
            LOG.info(
                    "Grant of license {} to organisation {} revoked by {}",
                    licenseId,
                    organisationId,
                    actor);
        }
        return view(license, license.credits());
    }

    /** One license with its balance and grants. */
    @Transactional
    public LicenseView license(String licenseId) {
        License license = requireLicense(licenseId);
        return view(license, license.credits());
    }

    /** The licenses an organisation owns. */
    @Transactional
    public List<LicenseView> licensesOf(String organisationId) {
        requireOrganisation(organisationId);
        return licenses.findOwnedBy(organisationId).stream()
                .map(license -> view(license, license.credits()))
                .toList();
    }

    /**
     * A page of a license's ledger, newest entry first.
     *
     * @param cursor where the previous page ended; null for the first page
     */
    @Transactional
    public LedgerPage ledger(String licenseId, HistoryCursor cursor, int limit) {
        requireLicense(licenseId);

        List<CreditLedgerEntry> found =
                licenses.ledger(
                        licenseId,
                        cursor == null ? null : cursor.createdAt(),
                        cursor == null ? null : cursor.sessionId(),
                        limit + 1);
        boolean more = found.size() > limit;
        List<CreditLedgerEntry> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            CreditLedgerEntry last = page.get(page.size() - 1);
            next = new HistoryCursor(last.createdAt(), last.id()).encode();
        }
        return new LedgerPage(List.copyOf(page), next);
    }

    /** Compares every license's balance with the sum of its ledger. */
    @Transactional
    public LedgerCheck checkLedger() {
        List<LedgerMismatch> mismatches = licenses.findLedgerMismatches();
        for (LedgerMismatch mismatch : mismatches) {
            LOG.error(
                    "License {} holds {} credits but its ledger sums to {}",
                    mismatch.licenseId(),
                    mismatch.credits(),
                    mismatch.ledgerSum());
        }
        return new LedgerCheck(licenses.count(), mismatches);
    }

    private License requireLicense(String licenseId) {
        return licenses.findById(licenseId).orElseThrow(LicenseNotFoundException::new);
    }

    private void requireOrganisation(String organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw new OrganisationNotFoundException();
        }
    }

    private LicenseView view(License license, int credits) {
        return new LicenseView(
                license.id(),
                license.organisationId(),
                license.name(),
                credits,
                licenses.grantees(license.id()),
                license.createdAt());
    }
}
