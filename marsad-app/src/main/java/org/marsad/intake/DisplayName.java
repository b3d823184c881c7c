package org.marsad.intake;

/**
 * Makes a sender's file name safe to show and to offer in a download header. The name is
 * never used as a path: files are stored by hash.
 * <ul>
 * <li>drops control characters (C0, DEL, C1) and the bidirectional controls that can make
 * {@code exe.pdf} look like {@code fdp.exe} (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069; Unicode TR 9)</li>
 * <li>keeps only the last path segment, after {@code /} or {@code \}, then replaces
 * {@code ..} inside the name with {@code _} and trims dots and spaces at both ends</li>
 * <li>limits the result to {@value #MAX_LENGTH} characters, keeping the extension</li>
 * <li>falls back to {@value #FALLBACK} when nothing is left</li>
 * </ul>
 */
public final class DisplayName {

	public static final int MAX_LENGTH = 120;

	public static final String FALLBACK = "attachment";

	private static final int MAX_EXTENSION = 12;

	private static final char SLASH = '/';

	private static final char BACKSLASH = '\\';

	private static final char DOT = '.';

	private static final char SPACE = ' ';

	private static final char ARABIC_LETTER_MARK = '\u061C';

	private static final char LEFT_TO_RIGHT_MARK = '\u200E';

	private static final char RIGHT_TO_LEFT_MARK = '\u200F';

	private static final char FIRST_EMBEDDING_CONTROL = '\u202A';

	private static final char LAST_EMBEDDING_CONTROL = '\u202E';

	private static final char FIRST_ISOLATE_CONTROL = '\u2066';

	private static final char LAST_ISOLATE_CONTROL = '\u2069';

	/** The longest original name kept for the record. */
	public static final int MAX_ORIGINAL_LENGTH = 1000;

	private static final char NUL = '\0';

	private static final char REPLACEMENT = '\uFFFD';

	private DisplayName() {
	}

	/**
	 * The name as sent, for the record: cut to {@value #MAX_ORIGINAL_LENGTH} characters,
	 * with NUL (which PostgreSQL text cannot hold) replaced by U+FFFD. Never shown.
	 * @param name the name as sent, may be {@code null}
	 * @return the name to keep, or {@code null}
	 */
	public static String original(String name) {
		if (name == null) {
			return null;
		}
		String kept = (name.length() > MAX_ORIGINAL_LENGTH) ? name.substring(0, MAX_ORIGINAL_LENGTH) : name;
		return kept.replace(NUL, REPLACEMENT);
	}

	/**
	 * The display form of a name.
	 * @param name the name as sent, may be {@code null}
	 * @return a safe, non-empty name
	 */
	public static String of(String name) {
		if (name == null) {
			return FALLBACK;
		}
		StringBuilder kept = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == SLASH || c == BACKSLASH) {
				kept.setLength(0);
			}
			else if (!Character.isISOControl(c) && !bidiControl(c)) {
				kept.append(c);
			}
		}
		String cleaned = trim(trim(kept.toString()).replace("..", "_"));
		if (cleaned.isEmpty()) {
			return FALLBACK;
		}
		return shorten(cleaned);
	}

	private static boolean bidiControl(char c) {
		return c == ARABIC_LETTER_MARK || c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK
				|| (c >= FIRST_EMBEDDING_CONTROL && c <= LAST_EMBEDDING_CONTROL)
				|| (c >= FIRST_ISOLATE_CONTROL && c <= LAST_ISOLATE_CONTROL);
	}

	private static String trim(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && (name.charAt(start) == DOT || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == DOT || name.charAt(end - 1) == SPACE
				|| Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf(DOT);
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION) ? name.substring(dot) : "";
		int keep = MAX_LENGTH - extension.length();
		int cut = name.offsetByCodePoints(0, keep);
		return name.substring(0, cut) + extension;
	}

}
