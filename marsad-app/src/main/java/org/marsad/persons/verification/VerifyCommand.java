package org.marsad.persons.verification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.marsad.console.CommandLine;
import org.marsad.console.ConsoleCommand;
import org.marsad.persons.AttestationCheck;
import org.marsad.persons.AttestationPayload;
import org.marsad.persons.AttestationVerifier;

/**
 * {@code ./marsad verify FILE [--key-file PUBLIC.pem]}: checks an identity attestation
 * offline.
 * <ul>
 * <li>FILE is the signed file downloaded from the attestation page, the text of the QR
 * code, the page saved as HTML, or a PNG image of the QR code</li>
 * <li>the public key is the one given with {@code --key-file}; otherwise the keys of the
 * data folder's database; otherwise {@code keys/attestation-public.pem} there</li>
 * <li>exit status 0 when the signature holds, 1 when it does not (altered, another
 * organisation's key, damaged), 2 on wrong usage</li>
 * </ul>
 */
class VerifyCommand implements ConsoleCommand {

	static final long MAX_FILE = 4L * 1024 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private final OrganisationKeys keys;

	VerifyCommand(OrganisationKeys keys) {
		this.keys = keys;
	}

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String usage() {
		return "verify FILE [--key-file PUBLIC.pem]";
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		Path file = Path.of(line.positional(0, "name the attestation file to verify"));
		String text = read(file);
		List<PublicKey> candidates = (line.value("--key-file") != null)
				? List.of(AttestationVerifier.publicKey(read(Path.of(line.value("--key-file"))))) : this.keys.all();
		if (candidates.isEmpty()) {
			err.println("No public key: give one with --key-file PUBLIC.pem");
			return FAILED;
		}
		AttestationCheck check = null;
		for (PublicKey key : candidates) {
			AttestationCheck attempt = AttestationVerifier.verify(text, key);
			if (check == null || attempt.valid()) {
				check = attempt;
			}
		}
		if (check.valid()) {
			AttestationPayload payload = check.payload();
			out.println("VALID: identity attestation " + payload.id() + " by " + payload.issuer() + ", issued "
					+ payload.issuedAt() + ", key " + payload.kid());
			out.println("  name: " + payload.fullName());
			out.println("  assessment: " + payload.assessment());
			return DONE;
		}
		out.println("INVALID: " + reason(check.problem()));
		return FAILED;
	}

	private static String reason(String problem) {
		return switch (problem) {
			case "persons.verify.noToken" -> "no signed attestation found in the file";
			case "persons.verify.otherKey" -> "not signed with this organisation's key";
			case "persons.verify.badSignature" -> "the signature does not hold: the attestation was altered";
			default -> "the attestation is damaged";
		};
	}

	private static String read(Path file) {
		try {
			if (Files.size(file) > MAX_FILE) {
				throw new IllegalArgumentException(file + " is larger than an attestation can be");
			}
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length >= PNG.length && bytes[0] == PNG[0] && bytes[1] == PNG[1] && bytes[2] == PNG[2]
					&& bytes[3] == PNG[3]) {
				return qrText(bytes);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/** The text of the QR code in an image, or nothing when there is none. */
	static String qrText(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		if (image == null) {
			return "";
		}
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
				.getText();
		}
		catch (ReaderException ex) {
			return "";
		}
	}

	/**
	 * Where the command finds the organisation's public keys.
	 */
	interface OrganisationKeys {

		List<PublicKey> all();

	}

	static List<PublicKey> fromPem(Path file) {
		List<PublicKey> keys = new ArrayList<>();
		if (Files.isRegularFile(file)) {
			keys.add(AttestationVerifier.publicKey(read(file)));
		}
		return keys;
	}

}
