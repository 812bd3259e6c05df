package com.kpbank.lc.command.lcapplication;

import com.kpbank.lc.api.command.CommandRefusal;
/** The bank requires a certificate of origin among the documents of every LC. */
public class CertificateOfOriginRequiredException extends BusinessRuleViolation {

    public CertificateOfOriginRequiredException() {
        super(CommandRefusal.CERTIFICATE_OF_ORIGIN_REQUIRED, "the required documents must include a CERTIFICATE_OF_ORIGIN");
    }
}
