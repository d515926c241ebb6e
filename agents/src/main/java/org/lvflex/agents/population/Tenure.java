package org.lvflex.agents.population;

/** Housing tenure, one of the capability gates (002:L207). */
public enum Tenure { OWNER, PRIVATE_RENT, SOCIAL_RENT }
