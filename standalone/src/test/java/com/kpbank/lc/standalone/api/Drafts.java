package com.kpbank.lc.standalone.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an applicant fills into the forms of a draft (API.md, "Body shapes"), by template property name:
 * a German importer buying from a British exporter, advised by a British bank, shipped in two months and
 * expiring in three — a draft that the command service accepts for submission; and the draft filled so and submitted.
 */
final class Drafts {

    static final String APPLICANT_COUNTRY = "DE";
    static final String BENEFICIARY_COUNTRY = "GB";

    private Drafts() {
    }

    /** A draft the applicant started. */
    static ApiResponse started(HypermediaClient applicant, String clientReference) {
        return answered(201, "start", applicant.submit(applicant.root(), "start", Map.of("clientReference", clientReference)));
    }

    /** A draft the applicant started, completed task by task ({@link #complete}) for that amount in USD, and submitted. */
    static ApiResponse submitted(HypermediaClient applicant, String clientReference, String amount) {
        ApiResponse draft = started(applicant, clientReference);
        for (Change change : complete(amount, "USD", "seamless steel pipes")) {
            draft = answered(200, change.template(), applicant.submit(draft, change.template(), change.values()));
        }
        return answered(200, "submit", applicant.submit(draft, "submit", Map.of()));
    }

    private static ApiResponse answered(int status, String template, ApiResponse answer) {
        assertThat(answer.status()).as(template + ": " + answer).isEqualTo(status);
        return answer;
    }

    /** One task of a draft: the template to fill and the values to fill it with. */
    record Change(String template, Map<String, ?> values) {
    }

    /** The eight change tasks that make a draft complete, in the order an applicant might take them. */
    static List<Change> complete(String amount, String currency, String merchandise) {
        return List.of(
                new Change("change-applicant", party("Rheinwerk Import GmbH", "Hafenstrasse 1", "Hamburg", "20457", APPLICANT_COUNTRY)),
                new Change("change-beneficiary", party("Sheffield Tube Works Ltd", "1 Mill Lane", "Sheffield", "S1 2AB", BENEFICIARY_COUNTRY)),
                new Change("change-advising-bank", advisingBank(BENEFICIARY_COUNTRY)),
                new Change("change-amount", amount(amount, currency)),
                new Change("change-merchandise", merchandise(merchandise)),
                new Change("change-documents", Map.of("documents", List.of("COMMERCIAL_INVOICE", "BILL_OF_LADING", "CERTIFICATE_OF_ORIGIN"))),
                new Change("change-conditions", conditions(LocalDate.now().plusMonths(2))),
                new Change("change-expiry-date", expiryDate(LocalDate.now().plusMonths(3))));
    }

    static Map<String, ?> party(String name, String street, String city, String postalCode, String country) {
        return Map.of("name", name, "address.street", street, "address.city", city, "address.postalCode", postalCode,
                "address.country", country);
    }

    static Map<String, ?> party(String country) {
        return party("Trading House " + country, "Main Street 5", "Capital", "10000", country);
    }

    static Map<String, ?> advisingBank(String country) {
        return Map.of("bic", "ADVB" + country + "2L", "name", "Advising Bank of " + country, "country", country);
    }

    static Map<String, ?> amount(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    static Map<String, ?> merchandise(String description) {
        return Map.of("items", List.of(Map.of("description", description, "hsCode", "730419", "quantity", 400, "unit", "tonnes")),
                "hazardous", false);
    }

    static Map<String, ?> conditions(LocalDate latestShipmentDate) {
        return Map.of("tenor", "AT_SIGHT", "partialShipmentsAllowed", true, "transshipmentAllowed", false,
                "latestShipmentDate", latestShipmentDate.toString());
    }

    static Map<String, ?> expiryDate(LocalDate expiryDate) {
        return Map.of("expiryDate", expiryDate.toString());
    }

    static Map<String, ?> reason(String reason) {
        return Map.of("reason", reason);
    }

    static Map<String, ?> approvedCheck() {
        return Map.of("decision", "APPROVED", "remarks", "in order");
    }
}
