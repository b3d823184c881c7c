package org.marsad.tallies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identifiers are numbered in the order first seen and found again, past every growth of
 * the table.
 */
class UuidIndexTests {

	@Test
	void identifiersAreNumberedInOrderAndFoundAgain() {
		SplittableRandom random = new SplittableRandom(20190130L);
		List<UUID> ids = new ArrayList<>();
		UuidIndex index = new UuidIndex(4);
		for (int i = 0; i < 50_000; i++) {
			UUID id = new UUID(random.nextLong(), random.nextLong());
			ids.add(id);
			assertThat(index.add(id)).isEqualTo(i);
		}
		for (int i = 0; i < ids.size(); i++) {
			assertThat(index.find(ids.get(i))).isEqualTo(i);
			assertThat(index.add(ids.get(i))).isEqualTo(i);
			assertThat(index.get(i)).isEqualTo(ids.get(i));
		}
		assertThat(index.size()).isEqualTo(ids.size());
	}

	@Test
	void anUnknownIdentifierIsNotFound() {
		UuidIndex index = new UuidIndex(16);
		index.add(UUID.fromString("00000000-0000-0000-0000-000000000001"));
		assertThat(index.find(UUID.fromString("00000000-0000-0000-0000-000000000002"))).isEqualTo(-1);
	}

}
