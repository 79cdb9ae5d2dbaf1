package vn.danso.archfixtures.layers.upper;

/** A class of a higher layer. */
public final class Upper {}
