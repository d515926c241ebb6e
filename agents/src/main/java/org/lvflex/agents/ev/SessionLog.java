package org.lvflex.agents.ev;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every session of a run, in the order they ended (closed at the end of the run if still open). */
public final class SessionLog {
    private final List<Session> sessions = new ArrayList<>();

    public void close(Session s) {
        sessions.add(s);
    }

    /** Forgets every closed session: used when reporting starts after the warm-up. */
    public void clear() {
        sessions.clear();
    }

    public List<Session> all() {
        return Collections.unmodifiableList(sessions);
    }

    public int size() {
        return sessions.size();
    }
}
