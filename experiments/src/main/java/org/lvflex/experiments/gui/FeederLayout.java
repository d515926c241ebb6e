package org.lvflex.experiments.gui;

import java.util.HashSet;
import java.util.Set;
import org.lvflex.network.Network;

/**
 * Where each bus of a feeder is drawn, in field units (metres when the network has coordinates):
 * the network's own coordinates (the IEEE feeder's Buscoords, the generator's star of LV ways),
 * flipped so that north is up, with a margin, and padded to the display's aspect ratio so the
 * feeder is not stretched. Bands at the top and bottom are left free for the view's status and
 * legend panels, so they never hide a household. A network without usable coordinates (every bus at one point) is laid
 * out as a tree: depth from the transformer downwards, leaves side by side.
 */
public final class FeederLayout {
    /** Margin around the feeder, as a share of its larger extent. */
    private static final double MARGIN = 0.06;

    private final double[] x;
    private final double[] y;
    private final double width;
    private final double height;
    private final boolean fromCoordinates;

    private FeederLayout(double[] x, double[] y, double width, double height, boolean fromCoordinates) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.fromCoordinates = fromCoordinates;
    }

    /** Lays out {@code n} for a display {@code aspect} = width / height, with no free bands. */
    public static FeederLayout of(Network n, double aspect) {
        return of(n, aspect, 0, 0);
    }

    /**
     * Lays out {@code n} for a display {@code aspect} = width / height, leaving the top
     * {@code topBand} and bottom {@code bottomBand} shares of the height free.
     */
    public static FeederLayout of(Network n, double aspect, double topBand, double bottomBand) {
        double contentShare = 1 - topBand - bottomBand;
        if (!(contentShare > 0.1)) {
            throw new IllegalArgumentException("bands leave no room for the feeder: " + topBand + " + " + bottomBand);
        }
        int nb = n.busCount();
        double[] rx = new double[nb];
        double[] ry = new double[nb];
        boolean coords = hasCoordinates(n);
        if (coords) {
            for (int b = 0; b < nb; b++) {
                rx[b] = n.busX(b);
                ry[b] = -n.busY(b); // screen y grows downwards
            }
        } else {
            treeLayout(n, rx, ry);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < nb; b++) {
            minX = Math.min(minX, rx[b]);
            maxX = Math.max(maxX, rx[b]);
            minY = Math.min(minY, ry[b]);
            maxY = Math.max(maxY, ry[b]);
        }
        double extent = Math.max(Math.max(maxX - minX, maxY - minY), 1.0);
        double margin = MARGIN * extent;
        double w = maxX - minX + 2 * margin;
        double h = maxY - minY + 2 * margin;
        // pad the shorter side so the feeder's band has its share of the display's aspect ratio
        double bandAspect = aspect / contentShare;
        double padX = 0;
        double padY = 0;
        if (w / h < bandAspect) {
            padX = (bandAspect * h - w) / 2;
            w = bandAspect * h;
        } else {
            padY = (w / bandAspect - h) / 2;
            h = w / bandAspect;
        }
        double total = h / contentShare;
        padY += topBand * total;
        h = total;
        double[] x = new double[nb];
        double[] y = new double[nb];
        for (int b = 0; b < nb; b++) {
            x[b] = rx[b] - minX + margin + padX;
            y[b] = ry[b] - minY + margin + padY;
        }
        return new FeederLayout(x, y, w, h, coords);
    }

    /** True when the buses are spread out: at least half of them at distinct points. */
    static boolean hasCoordinates(Network n) {
        Set<Long> seen = new HashSet<>();
        for (int b = 0; b < n.busCount(); b++) {
            seen.add(31 * Double.doubleToLongBits(n.busX(b)) + Double.doubleToLongBits(n.busY(b)));
        }
        return n.busCount() < 2 || seen.size() * 2 >= n.busCount();
    }

    /** Leaves in depth-first order side by side, each parent above the middle of its children. */
    private static void treeLayout(Network n, double[] x, double[] y) {
        int nb = n.busCount();
        int[] childCount = new int[nb];
        for (int b = 0; b < nb; b++) {
            if (n.busParent(b) >= 0) {
                childCount[n.busParent(b)]++;
            }
        }
        int[][] children = new int[nb][];
        for (int b = 0; b < nb; b++) {
            children[b] = new int[childCount[b]];
        }
        int[] fill = new int[nb];
        for (int k = 0; k < nb; k++) { // breadth-first order keeps siblings in input order
            int b = n.busInOrder(k);
            int p = n.busParent(b);
            if (p >= 0) {
                children[p][fill[p]++] = b;
            }
        }
        double[] nextLeaf = {0};
        place(n.transformerBus(), 0, children, x, y, nextLeaf);
    }

    private static void place(int root, int depth0, int[][] children, double[] x, double[] y, double[] nextLeaf) {
        // iterative post-order so that deep feeders do not overflow the stack
        int nb = x.length;
        int[] stack = new int[nb];
        int[] depth = new int[nb];
        int[] next = new int[nb];
        int top = 0;
        stack[top] = root;
        depth[root] = depth0;
        while (top >= 0) {
            int b = stack[top];
            if (next[b] < children[b].length) {
                int c = children[b][next[b]++];
                depth[c] = depth[b] + 1;
                stack[++top] = c;
                continue;
            }
            top--;
            y[b] = depth[b];
            if (children[b].length == 0) {
                x[b] = nextLeaf[0]++;
            } else {
                x[b] = (x[children[b][0]] + x[children[b][children[b].length - 1]]) / 2;
            }
        }
    }

    public double x(int bus) {
        return x[bus];
    }

    public double y(int bus) {
        return y[bus];
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Whether the network's own coordinates were used (false: tree layout). */
    public boolean fromCoordinates() {
        return fromCoordinates;
    }

    /** Size of a household marker in field units: large enough to see, small enough not to overlap much. */
    public double markerSize() {
        return Math.max(width, height) / 70.0;
    }
}
