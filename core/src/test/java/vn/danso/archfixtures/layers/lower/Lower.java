package vn.danso.archfixtures.layers.lower;

import vn.danso.archfixtures.layers.upper.Upper;

/** A class of a lower layer that reaches up into a higher one: the layer rule must report it. */
public final class Lower {
  public Upper up() {
    return new Upper();
  }
}
