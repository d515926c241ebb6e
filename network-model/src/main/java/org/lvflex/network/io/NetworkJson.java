package org.lvflex.network.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lvflex.core.AtomicFiles;
import org.lvflex.core.InputException;
import org.lvflex.network.LineCode;
import org.lvflex.network.Load;
import org.lvflex.network.Network;
import org.lvflex.network.NetworkBuilder;
import org.lvflex.network.Source;
import org.lvflex.network.Transformer;

/**
 * lvflex's own JSON network format (documented in {@code docs/network.md}): line codes by sequence
 * impedances (ohm/km) with ampacity, buses with coordinates (m), lines (length in m), the transformer,
 * the source and the loads. Unknown fields are rejected so a typo cannot silently drop data.
 */
public final class NetworkJson {
    /** Value of the {@code format} field. */
    public static final String FORMAT = "lvflex-network";
    /** Current version of the format. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private NetworkJson() {}

    /** The whole file. */
    public record Document(String format, Integer version, String name, SourceDoc source, TransformerDoc transformer,
                           List<LineCodeDoc> lineCodes, List<BusDoc> buses, List<LineDoc> lines, List<LoadDoc> loads) {}

    /** Upstream grid at the transformer primary. */
    public record SourceDoc(Double kv, Double pu, Double angleDeg, Double isc3A, Double isc1A, Double x1r1,
                            Double x0r0) {}

    /** Delta/grounded-wye transformer; {@code bus} is the LV bus it feeds. */
    public record TransformerDoc(String name, String bus, Double kva, Double kvPrimary, Double kvSecondary,
                                 Double pctR, Double pctX, String connection) {}

    /** Line code: sequence impedances in ohm/km, ampacity in A. */
    public record LineCodeDoc(String name, Double r1, Double x1, Double r0, Double x0, Double ampacityA,
                              String ratingNote) {}

    /** Bus with coordinates in metres. */
    public record BusDoc(String name, Double x, Double y) {}

    /** Line between two buses; length in metres. */
    public record LineDoc(String name, String from, String to, Double lengthM, String code) {}

    /** Connection point: phase A, B, C or ABC; nominal kW; power factor; optional load shape name. */
    public record LoadDoc(String name, String bus, String phase, Double kw, Double pf, String shape) {}

    /** Reads a network file. */
    public static Network read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException("network file " + file + " does not exist");
        } catch (IOException e) {
            throw new InputException("network file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses network JSON; {@code origin} names the input in messages. */
    public static Network parse(String json, String origin) {
        Document d;
        try {
            d = MAPPER.readValue(json, Document.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InputException(origin + ": unknown field '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + "; allowed: " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            throw new InputException(origin + ": not a valid lvflex network JSON: " + e.getOriginalMessage(), e);
        }
        return toNetwork(d, origin);
    }

    /** Writes {@code net} as JSON to {@code file} (atomically). */
    public static void write(Network net, Path file) {
        AtomicFiles.writeString(file, toJson(net));
    }

    /** {@code net} as JSON text. */
    public static String toJson(Network net) {
        try {
            return MAPPER.writeValueAsString(toDocument(net));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise network " + net.name(), e);
        }
    }

    /** {@code net} as a document tree. */
    public static Document toDocument(Network net) {
        Source s = net.source();
        Transformer t = net.transformer();
        List<LineCodeDoc> codes = new ArrayList<>();
        for (LineCode c : net.lineCodes()) {
            codes.add(new LineCodeDoc(c.name(), c.r1OhmPerKm(), c.x1OhmPerKm(), c.r0OhmPerKm(), c.x0OhmPerKm(),
                    c.ampacityA(), c.ratingNote()));
        }
        List<BusDoc> buses = new ArrayList<>();
        for (int b = 0; b < net.busCount(); b++) {
            buses.add(new BusDoc(net.busName(b), net.busX(b), net.busY(b)));
        }
        List<LineDoc> lines = new ArrayList<>();
        for (int b = 0; b < net.branchCount(); b++) {
            lines.add(new LineDoc(net.branchName(b), net.busName(net.branchFrom(b)), net.busName(net.branchTo(b)),
                    net.branchLengthM(b), net.branchCode(b).name()));
        }
        List<LoadDoc> loads = new ArrayList<>();
        for (Load l : net.loads()) {
            loads.add(new LoadDoc(l.name(), net.busName(l.bus()), l.phaseName(), l.kw(), l.pf(), l.shape()));
        }
        return new Document(FORMAT, VERSION, net.name(),
                new SourceDoc(s.kv(), s.pu(), s.angleDeg(), s.isc3A(), s.isc1A(), s.x1r1(), s.x0r0()),
                new TransformerDoc(t.name(), net.busName(net.transformerBus()), t.ratingKva(), t.kvPrimary(),
                        t.kvSecondary(), t.pctR(), t.pctX(), t.connection()),
                codes, buses, lines, loads);
    }

    private static Network toNetwork(Document d, String origin) {
        List<String> missing = new ArrayList<>();
        if (d.format() != null && !FORMAT.equals(d.format())) {
            throw new InputException(origin + ": format '" + d.format() + "' is not allowed; expected '" + FORMAT + "'");
        }
        if (d.version() != null && d.version() != VERSION) {
            throw new InputException(origin + ": version " + d.version() + " is not supported; expected " + VERSION);
        }
        if (d.source() == null) {
            missing.add(origin + ": 'source' is missing");
        }
        if (d.transformer() == null) {
            missing.add(origin + ": 'transformer' is missing");
        }
        if (d.lineCodes() == null || d.buses() == null || d.lines() == null) {
            missing.add(origin + ": 'lineCodes', 'buses' and 'lines' are all required");
        }
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        NetworkBuilder b = new NetworkBuilder(d.name() == null ? origin : d.name());
        SourceDoc s = d.source();
        b.source(new Source(req(s.kv(), "source", "kv"), req(s.pu(), "source", "pu"), opt(s.angleDeg(), 0.0),
                req(s.isc3A(), "source", "isc3A"), opt(s.isc1A(), s.isc3A()), opt(s.x1r1(), IeeeEuLv.OPENDSS_X1R1),
                opt(s.x0r0(), IeeeEuLv.OPENDSS_X0R0)));
        TransformerDoc t = d.transformer();
        String tn = t.name() == null ? "TR1" : t.name();
        b.transformer(new Transformer(tn, req(t.kva(), "transformer " + tn, "kva"),
                req(t.kvPrimary(), "transformer " + tn, "kvPrimary"), req(t.kvSecondary(), "transformer " + tn, "kvSecondary"),
                req(t.pctR(), "transformer " + tn, "pctR"), req(t.pctX(), "transformer " + tn, "pctX"),
                t.connection() == null ? "Dyn11" : t.connection()), t.bus());
        for (LineCodeDoc c : d.lineCodes()) {
            String e = "line code " + c.name();
            b.lineCode(new LineCode(c.name(), req(c.r1(), e, "r1"), req(c.x1(), e, "x1"), req(c.r0(), e, "r0"),
                    req(c.x0(), e, "x0"), req(c.ampacityA(), e, "ampacityA"), c.ratingNote()));
        }
        for (BusDoc bus : d.buses()) {
            b.bus(bus.name(), opt(bus.x(), 0.0), opt(bus.y(), 0.0));
        }
        for (LineDoc l : d.lines()) {
            b.line(l.name(), l.from(), l.to(), req(l.lengthM(), "line " + l.name(), "lengthM"), l.code());
        }
        if (d.loads() != null) {
            for (LoadDoc l : d.loads()) {
                String e = "load " + l.name();
                b.load(l.name(), l.bus(), l.phase(), req(l.kw(), e, "kw"), opt(l.pf(), 1.0), l.shape());
            }
        }
        return b.build();
    }

    private static double req(Double v, String element, String field) {
        if (v == null) {
            throw new InputException(element + ": '" + field + "' is missing");
        }
        return v;
    }

    private static double opt(Double v, double dflt) {
        return v == null ? dflt : v;
    }
}
