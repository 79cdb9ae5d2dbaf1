package vn.danso.archfixtures.cycle.a;

import vn.danso.archfixtures.cycle.b.B;

public final class A {
  public B b() {
    return new B();
  }
}
