package com.kpbank.lc.command.lcapplication;

/** The bank requires a certificate of origin among the documents of every LC. */
public class CertificateOfOriginRequiredException extends BusinessRuleViolation {

    public static final String CODE = "certificate-of-origin-required";

    public CertificateOfOriginRequiredException() {
        super(CODE, "the required documents must include a CERTIFICATE_OF_ORIGIN");
    }
}
