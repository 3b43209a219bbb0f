package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import io.vhelpi.server.application.HistoryCursor;
import io.vhelpi.server.application.LedgerCheck;
import io.vhelpi.server.application.LedgerPage;
import io.vhelpi.server.application.LicenseAdministration;
import io.vhelpi.server.application.LicenseView;
import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.LedgerMismatch;
import io.vhelpi.server.domain.license.LicenseNotFoundException;
import io.vhelpi.server.domain.organisation.OperatorId;
import io.vhelpi.server.domain.organisation.OrganisationNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/admin}: the administration API, for admin API keys only. Creates licenses, tops up
 * and corrects credits, grants licenses to other organisations, reads and checks the ledger. An
 * optional {@code Vhelpi-Operator} header names the person acting, for the ledger.
 */
@Path("api/v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** The most credits one request may add or take away. */
    static final int MAX_CREDITS = 1_000_000;

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;
    private static final int MAX_NAME = 200;
    private static final int MAX_NOTE = 500;
    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    @Inject LicenseAdministration administration;
    @Inject RequestContext context;
    @Context UriInfo uriInfo;

    /** The licenses an organisation owns. */
    @GET
    @Path("licenses")
    public List<AdminLicenseJson> licenses(@QueryParam("organisationId") String organisationId) {
        if (organisationId == null || organisationId.isBlank()) {
            throw ApiProblem.invalid(List.of(new Violation("organisationId", "required", null)));
        }
        return administration.licensesOf(organisationId(organisationId)).stream()
                .map(AdminLicenseJson::of)
                .toList();
    }

    /** Creates a license with its first credits. */
    @POST
    @Path("licenses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(OperatorId.HEADER) String operator, JsonValue body) {
        List<Violation> violations = new ArrayList<>();
        AdminJson json = AdminJson.of(body, violations);
        String organisationId = json.text("organisationId", true, 36);
        String name = json.text("name", true, MAX_NAME);
        int credits = json.integer("credits", 0, MAX_CREDITS, false);
        String note = json.text("note", false, MAX_NOTE);
        String actor = actor(operator, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        LicenseView created =
                administration.create(organisationId(organisationId), name, credits, actor, note);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
                .entity(AdminLicenseJson.of(created))
                .build();
    }

    /** One license with its balance and grants. */
    @GET
    @Path("licenses/{id}")
    public AdminLicenseJson license(@PathParam("id") String id) {
        return AdminLicenseJson.of(administration.license(licenseId(id)));
    }

    /** Adds bought or granted credits (a {@code GRANT} entry). */
    @POST
    @Path("licenses/{id}/credits")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminLicenseJson topUp(
            @HeaderParam(OperatorId.HEADER) String operator,
            @PathParam("id") String id,
            JsonValue body) {
        List<Violation> violations = new ArrayList<>();
        AdminJson json = AdminJson.of(body, violations);
        int credits = json.integer("credits", 1, MAX_CREDITS, false);
        String note = json.text("note", false, MAX_NOTE);
        String actor = actor(operator, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        return AdminLicenseJson.of(administration.topUp(licenseId(id), credits, actor, note));
    }

    /** Corrects the balance by hand (an {@code ADJUSTMENT} entry with its reason). */
    @POST
    @Path("licenses/{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdminLicenseJson adjust(
            @HeaderParam(OperatorId.HEADER) String operator,
            @PathParam("id") String id,
            JsonValue body) {
        List<Violation> violations = new ArrayList<>();
        AdminJson json = AdminJson.of(body, violations);
        int delta = json.integer("delta", -MAX_CREDITS, MAX_CREDITS, true);
        String note = json.text("note", true, MAX_NOTE);
        String actor = actor(operator, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        return AdminLicenseJson.of(administration.adjust(licenseId(id), delta, actor, note));
    }

    /** Lets another organisation charge the license; repeating it changes nothing. */
    @PUT
    @Path("licenses/{id}/grants/{organisationId}")
    public AdminLicenseJson grant(
            @HeaderParam(OperatorId.HEADER) String operator,
            @PathParam("id") String id,
            @PathParam("organisationId") String organisationId) {
        String actor = requireActor(operator);
        return AdminLicenseJson.of(
                administration.grant(licenseId(id), organisationId(organisationId), actor));
    }

    /** Takes a grant back; repeating it changes nothing. */
    @DELETE
    @Path("licenses/{id}/grants/{organisationId}")
    public AdminLicenseJson revokeGrant(
            @HeaderParam(OperatorId.HEADER) String operator,
            @PathParam("id") String id,
            @PathParam("organisationId") String organisationId) {
        String actor = requireActor(operator);
        return AdminLicenseJson.of(
                administration.revokeGrant(licenseId(id), organisationId(organisationId), actor));
    }

    /** A page of the license's ledger, newest entry first. */
    @GET
    @Path("licenses/{id}/ledger")
    public LedgerPageJson ledger(
            @PathParam("id") String id,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        List<Violation> violations = new ArrayList<>();
        int pageSize = PageParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT, violations);
        HistoryCursor position = PageParameters.cursor(cursor, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        LedgerPage page = administration.ledger(licenseId(id), position, pageSize);
        return new LedgerPageJson(
                page.items().stream().map(LedgerEntryJson::of).toList(), page.nextCursor());
    }

    /** Compares every license's balance with the sum of its ledger. */
    @GET
    @Path("ledger/check")
    public LedgerCheckJson checkLedger() {
        LedgerCheck check = administration.checkLedger();
        return new LedgerCheckJson(
                check.consistent(),
                check.licensesChecked(),
                check.mismatches().stream().map(LedgerMismatchJson::of).toList());
    }

    /** The JSON of a license on the administration API. */
    @JsonbPropertyOrder({"id", "organisationId", "name", "credits", "grantedTo", "createdAt"})
    public record AdminLicenseJson(
            String id,
            String organisationId,
            String name,
            int credits,
            List<String> grantedTo,
            Instant createdAt) {
        static AdminLicenseJson of(LicenseView license) {
            return new AdminLicenseJson(
                    license.id(),
                    license.organisationId(),
                    license.name(),
                    license.credits(),
                    license.grantedTo(),
                    license.createdAt());
        }
    }

    /** The JSON of a ledger entry. */
    @JsonbPropertyOrder({
        "id",
        "licenseId",
        "delta",
        "balanceAfter",
        "reason",
        "sessionId",
        "actor",
        "note",
        "createdAt"
    })
    public record LedgerEntryJson(
            String id,
            String licenseId,
            int delta,
            int balanceAfter,
            String reason,
            String sessionId,
            String actor,
            String note,
            Instant createdAt) {
        static LedgerEntryJson of(CreditLedgerEntry entry) {
            return new LedgerEntryJson(
                    entry.id(),
                    entry.licenseId(),
                    entry.delta(),
                    entry.balanceAfter(),
                    entry.reason().name(),
                    entry.sessionId(),
                    entry.actor(),
                    entry.note(),
                    entry.createdAt());
        }
    }

    /** A page of the ledger. */
    @JsonbPropertyOrder({"items", "nextCursor"})
    public record LedgerPageJson(List<LedgerEntryJson> items, String nextCursor) {}

    /** The result of the ledger check. */
    @JsonbPropertyOrder({"consistent", "licensesChecked", "mismatches"})
    public record LedgerCheckJson(
            boolean consistent, long licensesChecked, List<LedgerMismatchJson> mismatches) {}

    /** A license whose balance and ledger disagree. */
    @JsonbPropertyOrder({"licenseId", "credits", "ledgerSum"})
    public record LedgerMismatchJson(String licenseId, int credits, long ledgerSum) {
        static LedgerMismatchJson of(LedgerMismatch mismatch) {
            return new LedgerMismatchJson(
                    mismatch.licenseId(), mismatch.credits(), mismatch.ledgerSum());
        }
    }

    /** Who acts: the person named in the header, otherwise the API key. */
    private String actor(String operator, List<Violation> violations) {
        if (operator == null || operator.isBlank()) {
            return "api-key:" + context.apiKeyId();
        }
        if (!OperatorId.isValid(operator)) {
            violations.add(
                    new Violation(
                            OperatorId.HEADER,
                            "invalid_value",
                            List.of("1-64 letters, digits, '.', '_', '-', '@'")));
            return null;
        }
        return operator;
    }

    private String requireActor(String operator) {
        List<Violation> violations = new ArrayList<>();
        String actor = actor(operator, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        return actor;
    }

    // Anything but an id cannot name a license or an organisation: answer as for an unknown one.
    private static String licenseId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new LicenseNotFoundException();
        }
        return id;
    }

    private static String organisationId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new OrganisationNotFoundException();
        }
        return id;
    }
}
