package io.vhelpi.server.application;

import io.vhelpi.server.domain.license.LicenseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the licenses an organisation may charge. */
@ApplicationScoped
public class LicenseService {

    @Inject LicenseRepository licenses;

    /** The organisation's own and shared licenses with their remaining credits, by name. */
    @Transactional
    public List<LicenseBalance> usableLicenses(String organisationId) {
        return licenses.findUsable(organisationId).stream()
                .map(
                        license ->
                                new LicenseBalance(
                                        license.id(),
                                        license.name(),
                                        license.kindFor(organisationId),
                                        license.credits()))
                .toList();
    }
}
