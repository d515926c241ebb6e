package org.lvflex.experiments.gui;

import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/** A portrayal drawn in a square centred on its location: clicks inside the square select it. */
abstract class SquarePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** Side of the square in pixels at the display's current zoom. */
    abstract double sizePx(DrawInfo2D info);

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double s = sizePx(range);
        return new Rectangle2D.Double(range.draw.x - s / 2, range.draw.y - s / 2, s, s).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
