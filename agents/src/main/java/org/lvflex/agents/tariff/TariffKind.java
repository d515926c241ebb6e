package org.lvflex.agents.tariff;

/** The supplier tariffs a household can be on (DOMAIN.md section 4). */
public enum TariffKind { FLAT, STATIC_TOU, DYNAMIC }
