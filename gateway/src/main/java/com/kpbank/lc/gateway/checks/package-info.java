/**
 * The intake of check outcomes and the anti-corruption layer in front of it. Compliance (product value
 * and legality) and Customer Onboarding (applicant credit) are other bounded contexts with their own
 * language; their messages are translated here into our {@code Record...Check} commands, so that their
 * words never reach the domain. The API's record-check actions use the same intake in our own words.
 */
package com.kpbank.lc.gateway.checks;
