/**
 * Classes that deliberately break the core's architecture rules, so that {@code ArchitectureTest} can show each rule
 * fails when it should. Never imported by the rules that guard the library.
 */
package vn.danso.archfixtures;
