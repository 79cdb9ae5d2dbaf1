package vn.danso.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of danso's value types, so every generated type looks alike.
 *
 * <p>Put it on an abstract value type (or its package) together with {@code @Value.Immutable}. The generated
 * {@code ImmutableX} stays package-private; users see the abstract type and its nested {@code Builder}, declared as
 * {@code public static final class Builder extends ImmutableX.Builder {}} with a {@code static Builder builder()}
 * factory. Builders are strict (an attribute set twice is misuse) and the generated code carries no annotation that
 * would need a library at run time.
 *
 * <p>The generated builder is package-private too ({@code builderVisibility = PACKAGE}). Javadoc then documents its
 * public methods as members of the public {@code Builder}, each with its signature and a description that links the
 * attribute's accessor, where its meaning is written. (A public builder nested in the package-private {@code ImmutableX}
 * was listed by name only, under "methods inherited from", with no signature and no description.) The build checks
 * that every method of every public builder has a description in the Javadoc ({@code src/build/BuilderJavadocCheck.java}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {Override.class})
public @interface DansoStyle {}
