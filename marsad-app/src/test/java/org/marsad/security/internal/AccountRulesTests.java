package org.marsad.security.internal;

import org.junit.jupiter.api.Test;
import org.marsad.security.AccountProblem;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTests {

	@Test
	void canonicalUsernameIsTrimmedAndLowerCase() {
		assertThat(AccountRules.canonicalUsername("  Omar_Khalil ")).isEqualTo("omar_khalil");
	}

	@Test
	void acceptsLatinUsernameWithDotsDashesAndDigits() {
		assertThat(AccountRules.checkUsername("omar.k-2_b")).isEmpty();
	}

	@Test
	void refusesArabicUsername() {
		assertThat(AccountRules.checkUsername("عمر"))
			.containsExactly(new AccountProblem("username", "account.username.invalid"));
	}

	@Test
	void refusesUsernameStartingWithDigit() {
		assertThat(AccountRules.checkUsername("7omar")).hasSize(1);
	}

	@Test
	void refusesUsernameShorterThanThree() {
		assertThat(AccountRules.checkUsername("om")).hasSize(1);
	}

	@Test
	void refusesEmptyUsername() {
		assertThat(AccountRules.checkUsername(""))
			.containsExactly(new AccountProblem("username", "account.username.required"));
	}

	@Test
	void countsArabicPasswordInCharactersNotBytes() {
		assertThat(AccountRules.checkPassword("password", "كلمةالمرورطو", "omar")).isEmpty();
	}

	@Test
	void diacriticsAndTatweelCountAsCharacters() {
		assertThat(AccountRules.checkPassword("password", "سـلامٌ عليكم", "omar")).isEmpty();
	}

	@Test
	void refusesPasswordShorterThanTwelve() {
		assertThat(AccountRules.checkPassword("password", "مرصد٢٠٢٦", "omar"))
			.containsExactly(new AccountProblem("password", "account.password.tooShort"));
	}

	@Test
	void refusesPasswordBeyondWhatBcryptReads() {
		String thirtySevenArabicLetters = "ب".repeat(37);
		assertThat(AccountRules.checkPassword("password", thirtySevenArabicLetters, "omar"))
			.containsExactly(new AccountProblem("password", "account.password.tooLong"));
	}

	@Test
	void refusesPasswordThatIsTheUsername() {
		assertThat(AccountRules.checkPassword("newPassword", "Omar.Khalil.1", "omar.khalil.1"))
			.containsExactly(new AccountProblem("newPassword", "account.password.isUsername"));
	}

	@Test
	void refusesDisplayNameWithControlCharacters() {
		assertThat(AccountRules.checkDisplayName("ليلى\u0007")).hasSize(1);
	}

	@Test
	void acceptsArabicDisplayNameWithHamzaAndDiacritics() {
		assertThat(AccountRules.checkDisplayName("أسامة بنُ زيد")).isEmpty();
	}

}
