package com.kpbank.lc.api.value;

/** A document the beneficiary must present to be paid. */
public enum DocumentType {
    COMMERCIAL_INVOICE,
    BILL_OF_LADING,
    CERTIFICATE_OF_ORIGIN,
    INSURANCE_CERTIFICATE,
    PACKING_LIST,
    INSPECTION_CERTIFICATE
}
