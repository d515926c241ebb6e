package org.lvflex.agents.ev;

/** One trip away from home and back: leave at {@code depart}, return at {@code ret} (minutes of the day). */
public record Tour(int depart, int ret, double km) {}
