package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.application.LicenseBalance;
import io.vhelpi.server.application.LicenseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/licenses}: what the organisation may charge, with the credits left. */
@Path("api/v1/licenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource {

    @Inject LicenseService licenses;
    @Inject RequestContext context;

    /** The organisation's own and shared licenses. */
    @GET
    public List<LicenseJson> list() {
        return licenses.usableLicenses(context.organisationId()).stream()
                .map(LicenseJson::of)
                .toList();
    }

    /** The JSON of a license. */
    @JsonbPropertyOrder({"id", "name", "kind", "credits"})
    public record LicenseJson(String id, String name, String kind, int credits) {
        static LicenseJson of(LicenseBalance license) {
            return new LicenseJson(
                    license.id(), license.name(), license.kind().name(), license.credits());
        }
    }
}
