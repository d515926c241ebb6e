package org.lvflex.network.powerflow;

import java.util.Arrays;
import org.lvflex.network.Network;

/**
 * The feeder the solver actually sweeps: series chains of lines without loads are merged into one
 * equivalent branch (exact: with no shunt elements, series impedances add), and dead-end branches
 * without loads are dropped (no current flows in them).
 *
 * <p>Kept nodes are the transformer bus, every bus with a load, and every bus where two or more
 * loaded subtrees meet. For every original bus the maps below say how to rebuild its voltage from
 * the reduced solution: {@code V(bus) = V(upstream node) - Zcum(bus) * J(chain node)}, where the chain
 * node is the kept node at the end of the merged chain (its current is the chain current).
 */
final class ReducedFeeder {
    final int nodeCount;
    /** Original bus of each node; nodes in topological order, node 0 is the transformer bus. */
    final int[] nodeBus;
    /** Parent node of each node (-1 for node 0). */
    final int[] nodeParent;
    /** Series impedance of the merged chain into each node, ohm, 9 per node row-major. */
    final double[] zRe;
    final double[] zIm;
    /** Smallest thermal rating along the chain into each node, A. */
    final double[] chainMinRatingA;
    /** Node of each load. */
    final int[] loadNode;
    /** Per original bus: the kept node its voltage is measured from. */
    final int[] busNode;
    /** Per original bus: the node whose chain current flows between busNode and the bus, or -1. */
    final int[] busChainNode;
    /** Per original bus: impedance from busNode to the bus along the chain, ohm, 9 per bus. */
    final double[] busZRe;
    final double[] busZIm;
    /** Per original branch: the node whose chain current flows in it, or -1 if it carries none. */
    final int[] branchNode;
    /** Per node: whether a load is connected there. */
    final boolean[] nodeHasLoad;

    ReducedFeeder(Network net, boolean reduce) {
        int n = net.busCount();
        boolean[] loaded = new boolean[n];
        if (!reduce) {
            // every bus becomes a node: treat each as carrying load so none is merged or dropped
            java.util.Arrays.fill(loaded, true);
        }
        boolean[] hasLoad = new boolean[n];
        for (int l = 0; l < net.loadCount(); l++) {
            hasLoad[net.loadBus(l)] = true;
            loaded[net.loadBus(l)] = true;
        }
        int[] loadedChildren = new int[n];
        int[] loadedChild = new int[n];
        Arrays.fill(loadedChild, -1);
        for (int k = n - 1; k > 0; k--) {
            int b = net.busInOrder(k);
            if (loaded[b]) {
                int p = net.busParent(b);
                loaded[p] = true;
                loadedChildren[p]++;
                loadedChild[p] = b;
            }
        }
        int root = net.transformerBus();
        int[] node = new int[n];
        Arrays.fill(node, -1);
        int count = 0;
        for (int k = 0; k < n; k++) {
            int b = net.busInOrder(k);
            if (b == root || hasLoad[b] || !reduce || (loaded[b] && loadedChildren[b] >= 2)) {
                node[b] = count++;
            }
        }
        nodeCount = count;
        nodeBus = new int[count];
        nodeParent = new int[count];
        nodeHasLoad = new boolean[count];
        zRe = new double[9 * count];
        zIm = new double[9 * count];
        chainMinRatingA = new double[count];
        busNode = new int[n];
        busChainNode = new int[n];
        busZRe = new double[9 * n];
        busZIm = new double[9 * n];
        Arrays.fill(busChainNode, -1);
        branchNode = new int[net.branchCount()];
        Arrays.fill(branchNode, -1);
        double[] busMinRating = new double[n];

        // pass 1, parents first: the upstream node and cumulative chain impedance of loaded buses
        nodeParent[0] = -1;
        nodeBus[0] = root;
        busNode[root] = 0;
        busMinRating[root] = Double.POSITIVE_INFINITY;
        for (int k = 1; k < n; k++) {
            int b = net.busInOrder(k);
            if (!loaded[b]) {
                continue;
            }
            int p = net.busParent(b);
            int br = net.busParentBranch(b);
            double rating = Math.min(busMinRating[p], net.branchRatingA(br));
            if (node[b] >= 0) {
                int nd = node[b];
                nodeBus[nd] = b;
                nodeParent[nd] = busNode[p];
                nodeHasLoad[nd] = hasLoad[b];
                addBranch(net, br, busZRe, busZIm, 9 * p, zRe, zIm, 9 * nd);
                chainMinRatingA[nd] = rating;
                busNode[b] = nd;
                busMinRating[b] = Double.POSITIVE_INFINITY;
            } else {
                busNode[b] = busNode[p];
                addBranch(net, br, busZRe, busZIm, 9 * p, busZRe, busZIm, 9 * b);
                busMinRating[b] = rating;
            }
        }
        // pass 2, children first: the node at the downstream end of each chain
        int[] down = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int b = net.busInOrder(k);
            if (!loaded[b]) {
                continue;
            }
            down[b] = node[b] >= 0 ? node[b] : down[loadedChild[b]];
            busChainNode[b] = node[b] >= 0 ? -1 : down[b];
            if (b != root) {
                branchNode[net.busParentBranch(b)] = down[b];
            }
        }
        // pass 3, parents first: buses in dead-end branches carry no current, so they sit at the
        // voltage of the point where their branch leaves the loaded network
        for (int k = 1; k < n; k++) {
            int b = net.busInOrder(k);
            if (loaded[b]) {
                continue;
            }
            int p = net.busParent(b);
            busNode[b] = busNode[p];
            busChainNode[b] = busChainNode[p];
            System.arraycopy(busZRe, 9 * p, busZRe, 9 * b, 9);
            System.arraycopy(busZIm, 9 * p, busZIm, 9 * b, 9);
        }
        loadNode = new int[net.loadCount()];
        for (int l = 0; l < net.loadCount(); l++) {
            loadNode[l] = node[net.loadBus(l)];
        }
    }

    /** out[o..o+8] = base[bo..bo+8] + Z(branch). */
    private static void addBranch(Network net, int br, double[] baseRe, double[] baseIm, int bo,
                                  double[] outRe, double[] outIm, int o) {
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                outRe[o + 3 * r + c] = baseRe[bo + 3 * r + c] + net.branchR(br, r, c);
                outIm[o + 3 * r + c] = baseIm[bo + 3 * r + c] + net.branchX(br, r, c);
            }
        }
    }
}
