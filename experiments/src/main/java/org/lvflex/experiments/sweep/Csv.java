package org.lvflex.experiments.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV records (RFC 4180: quoted fields may hold commas, quotes and newlines). */
public final class Csv {
    private final BufferedReader in;

    public Csv(BufferedReader in) {
        this.in = in;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new IOException("unterminated quoted field");
                }
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    f.append((char) c);
                }
            } else if (c < 0 || c == '\n') {
                fields.add(f.toString());
                return fields;
            } else if (c == '\r') {
                // CRLF line ends: the \n that follows ends the record
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '"' && f.length() == 0) {
                quoted = true;
            } else {
                f.append((char) c);
            }
            c = in.read();
        }
    }
}
