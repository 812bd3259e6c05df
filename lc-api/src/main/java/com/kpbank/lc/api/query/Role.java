package com.kpbank.lc.api.query;

/** What a user does in LC application processing; one user may have several roles. */
public enum Role {
    APPLICANT,
    TRADE_FINANCE_MANAGER,
    PRODUCT_ANALYST,
    CREDIT_ANALYST,
    OPERATOR
}
