/**
 * danso: an immutable domain model of population-and-development work in Vietnam (administrative hierarchies, issuing
 * bodies and documents, plan cascades, indicators) and its validators. Does no I/O; Guava is its only run-time
 * dependency. Immutables is an annotation processor only: {@code requires static}, never needed at run time.
 */
// Immutables is an automatic module, needed at compile time only (requires static): nothing reaches callers.
@SuppressWarnings("requires-automatic")
module vn.danso {
  requires transitive com.google.common;
  requires static org.immutables.value;

  exports vn.danso;
  exports vn.danso.admin;
  exports vn.danso.body;
  exports vn.danso.data;
  exports vn.danso.document;
  exports vn.danso.indicator;
  exports vn.danso.network;
  exports vn.danso.plan;
  exports vn.danso.reporting;
  exports vn.danso.text;
  exports vn.danso.validation;
}
