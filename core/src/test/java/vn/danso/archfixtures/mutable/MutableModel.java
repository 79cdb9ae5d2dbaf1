package vn.danso.archfixtures.mutable;

import org.immutables.value.Value;

public final class MutableModel {
  private String name;

  public void setName(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** Uses Immutables at run time (calls a method of its annotation type), which the core must never do. */
  public String styleOf(Class<?> type) {
    Value.Style style = type.getAnnotation(Value.Style.class);
    return style == null ? "" : style.typeImmutable();
  }

  /** Builders may be mutable. */
  public static final class Builder {
    private String name;

    public Builder name(String name) {
      this.name = name;
      return this;
    }
  }
}
