package com.kpbank.lc.api.value;

/** When the beneficiary is paid: on presentation, or a number of days after it. */
public enum Tenor {
    AT_SIGHT,
    DEFERRED
}
