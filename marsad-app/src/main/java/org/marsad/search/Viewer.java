package org.marsad.search;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.marsad.security.Role;

/**
 * Who runs a search, as far as search needs to know.
 * <ul>
 * <li>Every role may search; nobody else gets anything.</li>
 * <li>Source pseudonyms are searched and returned for the roles that work with sources:
 * administrators, coordinators, documenters and analysts. Viewers read what was recorded,
 * not who told it.</li>
 * <li>Internal records ({@link Confidentiality#INTERNAL}) are found by the same staff
 * roles only. A viewer holding none of them never sees one: not in hits, counts, facets
 * or highlights.</li>
 * </ul>
 *
 * @param roles the roles held
 */
public record Viewer(Set<Role> roles) {

	private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.DOCUMENTER, Role.ANALYST);

	/** Someone without a role: finds nothing. */
	public static final Viewer ANONYMOUS = new Viewer(Set.of());

	/**
	 * Copies the roles.
	 * @param roles the roles held
	 */
	public Viewer {
		roles = Set.copyOf(roles);
	}

	/**
	 * A viewer from Spring Security authority names such as {@code ROLE_ANALYST}.
	 * @param authorities the authority names
	 * @return the viewer
	 */
	public static Viewer ofAuthorities(Collection<String> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (authorities.contains(role.authority())) {
				roles.add(role);
			}
		}
		return new Viewer(roles);
	}

	/**
	 * A viewer holding one role.
	 * @param role the role
	 * @return the viewer
	 */
	public static Viewer of(Role role) {
		return new Viewer(Set.of(role));
	}

	/** Whether this viewer may search at all. */
	public boolean mayRead() {
		return !this.roles.isEmpty();
	}

	/** Whether source pseudonyms are searched and shown to this viewer. */
	public boolean seesSources() {
		return isStaff();
	}

	/** Whether internal records are searched, counted and shown to this viewer. */
	public boolean seesInternal() {
		return isStaff();
	}

	private boolean isStaff() {
		for (Role role : this.roles) {
			if (STAFF.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
