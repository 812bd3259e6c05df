/**
 * Simulated Compliance and Customer Onboarding, for demos and load runs: under the Spring profile
 * {@code check-simulator} only, they answer every submitted application after configurable delays, in
 * their own language, through the anti-corruption layer like the real contexts would.
 */
package com.kpbank.lc.gateway.checks.simulator;
