/**
 * Classes that break the architecture rules on purpose, outside the application's
 * packages so that no component scan sees them; {@code ArchitectureTests} shows each rule
 * fails on them.
 */
package archfixtures;
