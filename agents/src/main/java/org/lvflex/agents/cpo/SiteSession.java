package org.lvflex.agents.cpo;

/**
 * One completed charging session at a public site (residents' sessions also appear in the model's
 * session log; visitors and fleet vehicles only here). Times in schedule minutes, energy grid side.
 */
public record SiteSession(String siteId, String user, int householdId, double plugIn, double plugOut, double chargerKw,
        double chargedKwh, double curtailedKwh, double flexKwh, double unmetKwh, boolean truncated) {}
