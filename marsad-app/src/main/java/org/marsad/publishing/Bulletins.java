package org.marsad.publishing;

import java.util.List;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Bulletins: composed by coordinators from tally snapshots and events, published frozen
 * and signed.
 * <ul>
 * <li>Figures are never typed: a body with a digit outside a placeholder is refused, and
 * each placeholder must name a published snapshot or a publishable event.</li>
 * <li>A published bulletin cannot be changed or published again; it can be withdrawn
 * once, with a signed notice that the public pages show instead of it.</li>
 * </ul>
 */
public interface Bulletins {

	/**
	 * Composes a draft.
	 * @param draft the bulletin as typed
	 * @return the draft, rendered
	 * @throws PublishingRefused naming the offending fields
	 */
	@PreAuthorize(Roles.PUBLISHES)
	Bulletin compose(BulletinDraft draft);

	/**
	 * Changes a draft.
	 * @param id the bulletin
	 * @param draft the new text and the version it was made on
	 * @return the draft at its new version
	 * @throws PublishingRefused naming the offending fields, or {@code id} when the
	 * bulletin is published or has moved past that version
	 */
	@PreAuthorize(Roles.PUBLISHES)
	Bulletin revise(UUID id, BulletinDraft draft);

	/**
	 * Publishes a draft: renders it from the data as it now stands, freezes and signs it.
	 * @param id the bulletin
	 * @return the published bulletin
	 * @throws PublishingRefused naming {@code id} when it is published already
	 */
	@PreAuthorize(Roles.PUBLISHES)
	Bulletin publish(UUID id);

	/**
	 * Withdraws a published bulletin: signs a dated notice with the reasons; the public
	 * pages then show the notice instead of the bulletin, which keeps what was published.
	 * @param id the bulletin
	 * @param withdrawal the reasons, in Arabic and English
	 * @return the bulletin with its notice
	 * @throws PublishingRefused naming {@code id} when it is a draft or withdrawn
	 * already, or the reasons when missing or too long
	 */
	@PreAuthorize(Roles.PUBLISHES)
	Bulletin withdraw(UUID id, BulletinWithdrawal withdrawal);

	/**
	 * A bulletin, draft or published.
	 * @param id the bulletin
	 * @return the bulletin
	 */
	@PreAuthorize(Roles.READS)
	Bulletin get(UUID id);

	/**
	 * Every bulletin, latest date first.
	 * @return the bulletins
	 */
	@PreAuthorize(Roles.READS)
	List<Bulletin> list();

}
