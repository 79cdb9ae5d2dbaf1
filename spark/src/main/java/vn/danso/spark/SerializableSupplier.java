package vn.danso.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A recipe for a value that Spark can ship to its executors (công thức tạo giá trị gửi tới các máy thực thi): the
 * rules and the catalogue are immutable library values that are not {@link Serializable}, so a job sends how to make
 * them, and each executor makes them once.
 *
 * <p>A lambda or a method reference whose target type is this interface is serializable when what it captures is:
 * {@code IndicatorCatalogue::builtIn}, or {@code () -> DataCheckSet.of(ParentEqualsChildrenSum.of("births[*]"))}.
 *
 * @param <T> the type of value made
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {}
