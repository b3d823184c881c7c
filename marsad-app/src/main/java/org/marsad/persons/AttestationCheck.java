package org.marsad.persons;

/**
 * The outcome of verifying an identity attestation.
 *
 * @param valid whether the signature holds under the key
 * @param problem why not, as a message key ({@code persons.verify.noToken},
 * {@code persons.verify.otherKey}, {@code persons.verify.badSignature},
 * {@code persons.verify.malformed}), or {@code null} when valid
 * @param payload what it states (only when valid)
 */
public record AttestationCheck(boolean valid, String problem, AttestationPayload payload) {

	static AttestationCheck refused(String problem) {
		return new AttestationCheck(false, problem, null);
	}

}
