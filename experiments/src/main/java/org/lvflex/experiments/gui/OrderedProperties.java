package org.lvflex.experiments.gui;

import java.util.ArrayList;
import java.util.List;
import sim.util.Properties;

/**
 * MASON's bean properties of an object in a fixed order (MASON lists them in reflection order,
 * which Java leaves unspecified): the Model tab shows the model first, the details after.
 * Properties not named in the order come last, in MASON's order.
 */
final class OrderedProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private final Properties inner;
    private final int[] index;

    OrderedProperties(Properties inner, List<String> namesInOrder) {
        this.inner = inner;
        this.object = inner.getObject();
        List<Integer> order = new ArrayList<>();
        for (String name : namesInOrder) {
            for (int i = 0; i < inner.numProperties(); i++) {
                if (inner.getName(i).equals(name) && !order.contains(i)) {
                    order.add(i);
                }
            }
        }
        for (int i = 0; i < inner.numProperties(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        this.index = order.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean isVolatile() {
        return inner.isVolatile();
    }

    @Override
    public int numProperties() {
        return index.length;
    }

    @Override
    public Object getValue(int i) {
        return inner.getValue(index[i]);
    }

    @Override
    public Object getDomain(int i) {
        return inner.getDomain(index[i]);
    }

    @Override
    public String getDescription(int i) {
        return inner.getDescription(index[i]);
    }

    @Override
    public boolean isReadWrite(int i) {
        return inner.isReadWrite(index[i]);
    }

    @Override
    public boolean isComposite(int i) {
        return inner.isComposite(index[i]);
    }

    @Override
    public boolean isHidden(int i) {
        return inner.isHidden(index[i]);
    }

    @Override
    public String getName(int i) {
        return inner.getName(index[i]);
    }

    @Override
    public Class<?> getType(int i) {
        return inner.getType(index[i]);
    }

    @Override
    protected Object _setValue(int i, Object value) {
        return inner.setValue(index[i], value);
    }
}
