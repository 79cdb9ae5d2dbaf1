package vn.danso.archfixtures.cycle.b;

import vn.danso.archfixtures.cycle.a.A;

public final class B {
  public A a() {
    return new A();
  }
}
