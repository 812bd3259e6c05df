/**
 * The published language of LC application processing: the words every component shares.
 * <p>
 * Commands ({@code command}), events ({@code event}), queries and their results ({@code query}) and the
 * value objects they are made of ({@code value}). All are immutable records, serialised as JSON by the
 * {@link com.kpbank.lc.api.json.LcJson} mapper that every service gives Axon. Structural rules are Bean
 * Validation annotations; business rules live in the command service.
 */
package com.kpbank.lc.api;
